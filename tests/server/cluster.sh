#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts or stops a throwaway PostgreSQL 15 cluster for the tests, on 127.0.0.1 only.
#
#   bash tests/server/cluster.sh start DIR [tls]   initdb into DIR/data, start it on a free port;
#                                                  with tls, encrypted connections too
#   bash tests/server/cluster.sh stop DIR          stop it (immediately) and remove DIR
#
# After start, DIR/port holds the port and DIR/pgpass a password file (libpq's PGPASSFILE) for
# the superuser "entente_admin", whose password is random (for 127.0.0.1 and localhost). With
# tls, DIR/ca.crt is the certificate of a throwaway authority that signed the server's
# certificate, made for the name "localhost" only (so verify-full accepts localhost and refuses
# 127.0.0.1), and DIR/other-ca.crt one of an authority that signed nothing. The server listens on loopback TCP
# only (no Unix socket) and asks every client for a password (scram-sha-256). initdb refuses to
# run as root: as root the cluster belongs to "nobody". Exit status: 0 done, 1 it failed (its log
# printed), 2 bad usage.
set -euo pipefail

action=${1:-}
dir=${2:-}
tls=${3:-}
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
options="-c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c max_connections=60"
if [ "$tls" = tls ]; then
    mkdir "$dir/tls"
    (
        cd "$dir/tls"
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Entente test authority" \
            -keyout ca.key -out ca.crt
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Another authority" \
            -keyout other-ca.key -out other-ca.crt
        openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr
        printf 'subjectAltName=DNS:localhost\n' >san.ext
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
            -extfile san.ext -out server.crt
    ) >"$dir/tls.log" 2>&1 || {
        cat "$dir/tls.log" >&2
        exit 1
    }
    cp "$dir/tls/ca.crt" "$dir/tls/other-ca.crt" "$dir/"
    chmod 600 "$dir/tls/server.key"
    if [ ${#as_owner[@]} -gt 0 ]; then
        chown -R nobody:nogroup "$dir/tls"
    fi
    options="$options -c ssl=on -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key"
fi
# A free port: try from a random start until one binds.
for _ in $(seq 1 40); do
    port=$((20000 + RANDOM % 30000))
    if "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "$options -c port=$port" \
        start >/dev/null 2>&1; then
        echo "$port" >"$dir/port"
        printf '%s:%s:*:entente_admin:%s\n' 127.0.0.1 "$port" "$password" localhost "$port" \
            "$password" >"$dir/pgpass"
        chmod 600 "$dir/pgpass"
        rm -f "$dir/password"
        exit 0
    fi
done
cat "$dir/server.log" >&2 || true
exit 1
