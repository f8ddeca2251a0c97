#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts or stops a throwaway PostgreSQL 15 cluster for the tests, on 127.0.0.1 only.
#
#   bash tests/server/cluster.sh start DIR   initdb into DIR/data, start it on a free port
#   bash tests/server/cluster.sh stop DIR    stop it (immediately) and remove DIR
#
# After start, DIR/port holds the port and DIR/pgpass a password file (libpq's PGPASSFILE) for
# the superuser "entente_admin", whose password is random. The server listens on loopback TCP
# only (no Unix socket) and asks every client for a password (scram-sha-256). initdb refuses to
# run as root: as root the cluster belongs to "nobody". Exit status: 0 done, 1 it failed (its log
# printed), 2 bad usage.
set -euo pipefail

action=${1:-}
dir=${2:-}
if [ -z "$dir" ] || { [ "$action" != start ] && [ "$action" != stop ]; }; then
    echo "usage: bash tests/server/cluster.sh start|stop DIR" >&2
    exit 2
fi
bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
if [ -z "$bin" ]; then
    echo "cluster.sh: PostgreSQL 15 is not installed (scripts/setup.sh installs postgresql-15)." >&2
    exit 1
fi
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi

if [ "$action" = stop ]; then
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    exit 0
fi

# A cluster left by a run that was killed goes first.
if [ -d "$dir" ]; then
    bash "$0" stop "$dir"
fi
mkdir -p "$dir"
chmod 755 "$dir"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" >"$dir/password"
if [ ${#as_owner[@]} -gt 0 ]; then
    chown nobody:nogroup "$dir" "$dir/password"
fi
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U entente_admin --pwfile="$dir/password" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
}
# A free port: try from a random start until one binds.
for _ in $(seq 1 40); do
    port=$((20000 + RANDOM % 30000))
    if "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='' -c fsync=off -c max_connections=60" \
        start >/dev/null 2>&1; then
        echo "$port" >"$dir/port"
        printf '127.0.0.1:%s:*:entente_admin:%s\n' "$port" "$password" >"$dir/pgpass"
        chmod 600 "$dir/pgpass"
        rm -f "$dir/password"
        exit 0
    fi
done
cat "$dir/server.log" >&2 || true
exit 1
