#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Entente across three PostgreSQL servers, all on 127.0.0.1 (docs/scaling.md): a coordinator whose
# entente.event is partitioned by date range, its partitions living on two other clusters through
# postgres_fdw. Proves that
#   - entente copy loads a generated database through the coordinator (rows routed to the shards),
#   - entente list gives the same events, filtered or not, as from the file,
#   - the aggregates the timeline's overview needs are pushed down to the shards (EXPLAIN VERBOSE
#     shows GROUP BY in each shard's remote SQL), and a date window touches only its partition.
#
#   bash tests/server/partitions.sh ENTENTE_BINARY CLUSTER_SCRIPT [EVENTS]
# Starts and stops its own three clusters (in a temporary folder, removed however it ends).
# Exit status: 0 passed, 1 a check failed (said on stderr), 2 bad usage.
set -euo pipefail
entente=${1:-}
cluster=${2:-}
events=${3:-20000}
if [ ! -x "$entente" ] || [ ! -f "$cluster" ]; then
    echo "usage: bash tests/server/partitions.sh ENTENTE_BINARY CLUSTER_SCRIPT [EVENTS]" >&2
    exit 2
fi
work=$(mktemp -d /tmp/entente-partitions.XXXXXX)
chmod 755 "$work"
cleanup() {
    for node in coordinator shard1 shard2; do
        bash "$cluster" stop "$work/$node" >/dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP
fail() {
    echo "partitions: $*" >&2
    exit 1
}

for node in coordinator shard1 shard2; do
    bash "$cluster" start "$work/$node"
done
cat "$work"/*/pgpass >"$work/pgpass"
chmod 600 "$work/pgpass"
export PGPASSFILE=$work/pgpass
port() { cat "$work/$1/port"; }
password() { head -n 1 "$work/$1/pgpass" | cut -d: -f5; }
sql() { # NODE DATABASE SQL
    psql -X -q -v ON_ERROR_STOP=1 -At -h 127.0.0.1 -p "$(port "$1")" -U entente_admin -d "$2" -c "$3"
}

# The shards: one table each for its part of the events, with the columns of entente.event and
# their own indexes (a foreign table has none on the coordinator).
columns="id bigint NOT NULL, title text NOT NULL, summary text NOT NULL DEFAULT '', date text,
    date_lower bigint, date_upper bigint, attested_on text, date_note text,
    type_code text NOT NULL, row_version bigint NOT NULL DEFAULT 1"
for shard in shard1 shard2; do
    sql "$shard" postgres "CREATE DATABASE shard"
    sql "$shard" shard "CREATE TABLE event ($columns, PRIMARY KEY (id));
        CREATE INDEX event_by_bounds ON event (date_lower, date_upper)"
done
sql shard1 shard "CREATE TABLE event_undated ($columns, PRIMARY KEY (id))"

# The coordinator: Entente's schema as server-init makes it, then entente.event made a table
# partitioned by date range whose partitions are the shards' tables. The link tables, sources and
# the small tables (countries, topics, types) stay on the coordinator, as Citus would keep
# reference tables; their foreign keys to event go (a partitioned table of foreign tables has no
# unique index for them to point at).
sql coordinator postgres "CREATE DATABASE chronology"
coordinator=postgresql://entente_admin@127.0.0.1:$(port coordinator)/chronology
"$entente" server-init "$coordinator" >/dev/null
day2000=2451545 # the Julian day of 2000-01-01
sql coordinator chronology "
    CREATE EXTENSION postgres_fdw;
    CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw
        OPTIONS (host '127.0.0.1', port '$(port shard1)', dbname 'shard', fetch_size '10000',
                 batch_size '1000');
    CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw
        OPTIONS (host '127.0.0.1', port '$(port shard2)', dbname 'shard', fetch_size '10000',
                 batch_size '1000');
    -- The shards trust the coordinator: every coordinator role reaches them as one shard login,
    -- and what a role may do is decided on the coordinator (a reader still may not write).
    CREATE USER MAPPING FOR PUBLIC SERVER shard1
        OPTIONS (user 'entente_admin', password '$(password shard1)');
    CREATE USER MAPPING FOR PUBLIC SERVER shard2
        OPTIONS (user 'entente_admin', password '$(password shard2)');
    SET search_path TO entente;
    ALTER TABLE event_country DROP CONSTRAINT event_country_event_id_fkey;
    ALTER TABLE event_topic DROP CONSTRAINT event_topic_event_id_fkey;
    ALTER TABLE event_actor DROP CONSTRAINT event_actor_event_id_fkey;
    ALTER TABLE citation DROP CONSTRAINT citation_event_id_fkey;
    ALTER TABLE unreviewed_event DROP CONSTRAINT unreviewed_event_event_id_fkey;
    ALTER TABLE event_text DROP CONSTRAINT event_text_event_id_fkey;
    DROP TABLE event;
    CREATE TABLE event ($columns) PARTITION BY RANGE (date_lower);
    ALTER TABLE event OWNER TO chronology_owner;
    GRANT SELECT ON event TO chronology_reader, chronology_editor;
    CREATE FOREIGN TABLE event_before_2000 PARTITION OF event
        FOR VALUES FROM (MINVALUE) TO ($day2000) SERVER shard1
        OPTIONS (schema_name 'public', table_name 'event');
    CREATE FOREIGN TABLE event_from_2000 PARTITION OF event
        FOR VALUES FROM ($day2000) TO (MAXVALUE) SERVER shard2
        OPTIONS (schema_name 'public', table_name 'event');
    CREATE FOREIGN TABLE event_undated PARTITION OF event DEFAULT SERVER shard1
        OPTIONS (schema_name 'public', table_name 'event_undated');
    ALTER TABLE event_before_2000 OWNER TO chronology_owner;
    ALTER TABLE event_from_2000 OWNER TO chronology_owner;
    ALTER TABLE event_undated OWNER TO chronology_owner;"

# A generated database of EVENTS events, copied in through the coordinator as into any server.
"$entente" generate --events "$events" --seed 3 --out "$work/generated.sqlite" >/dev/null
started=$(date +%s%N)
"$entente" copy "$work/generated.sqlite" --out "$coordinator" >/dev/null ||
    fail "entente copy into the coordinator failed"
copied=$((($(date +%s%N) - started) / 1000000))
on1=$(sql shard1 shard "SELECT count(*) FROM event")
on2=$(sql shard2 shard "SELECT count(*) FROM event")
undated=$(sql shard1 shard "SELECT count(*) FROM event_undated")
[ $((on1 + on2 + undated)) -eq "$events" ] || fail "the shards hold $on1 + $on2 + $undated events, not $events"
[ "$on1" -gt 0 ] && [ "$on2" -gt 0 ] || fail "one shard holds no events ($on1, $on2)"
echo "== $events events copied through the coordinator in $copied ms: $on1 before 2000 and $undated undated on shard 1, $on2 from 2000 on shard 2"

# The same events from the coordinator as from the file, with and without filters.
for filter in "" "--from 1998 --to 2003" "--country FRA --topic trade" "--search minist"; do
    # shellcheck disable=SC2086 # the filter is a list of options
    "$entente" list --database "$work/generated.sqlite" $filter >"$work/from-file.txt"
    [ -s "$work/from-file.txt" ] || fail "entente list ${filter:-(no filter)} selects nothing; choose a filter that selects events"
    # shellcheck disable=SC2086
    "$entente" list --database "$coordinator" $filter >"$work/from-coordinator.txt"
    cmp -s "$work/from-file.txt" "$work/from-coordinator.txt" ||
        fail "entente list ${filter:-(no filter)} differs between the file and the coordinator"
done
echo "== entente list gives the same events from the coordinator as from the file (4 filters)"

# The overview's aggregate (events per bucket of the visible span) goes down to the shards: they
# count events per day of the partition key (a grouping PostgreSQL 15 pushes whole through
# postgres_fdw, one partition a shard) and the coordinator only sums those counts into buckets.
# Each foreign scan's remote SQL holds the GROUP BY, so only day counts cross the network.
plan=$(sql coordinator chronology "SET enable_partitionwise_aggregate = on;
    EXPLAIN (VERBOSE, COSTS OFF) SELECT width_bucket(date_lower, 2440000, 2461000, 200), sum(n)
    FROM (SELECT date_lower, count(*) AS n FROM entente.event WHERE date_lower IS NOT NULL
          GROUP BY date_lower) days GROUP BY 1")
pushed=$(grep -c 'Remote SQL: SELECT date_lower, count(\*) FROM public.event.*GROUP BY' <<<"$plan" || true)
[ "$pushed" -ge 2 ] || fail "the per-day count is not pushed down to both shards:
$plan"
echo "== EXPLAIN: the per-day count runs on each shard ($pushed remote GROUP BYs)"
buckets=$(sql coordinator chronology "SET enable_partitionwise_aggregate = on;
    SELECT sum(n) FROM (SELECT width_bucket(date_lower, 2440000, 2461000, 200), sum(n) AS n
    FROM (SELECT date_lower, count(*) AS n FROM entente.event WHERE date_lower IS NOT NULL
          GROUP BY date_lower) days GROUP BY 1) b")
[ "$buckets" -eq $((on1 + on2)) ] || fail "the buckets count $buckets dated events, not $((on1 + on2))"
# A window of the timeline (the 2010s) reads only the partition that holds it.
plan=$(sql coordinator chronology "EXPLAIN (VERBOSE, COSTS OFF) SELECT id FROM entente.event
    WHERE date_lower >= 2455198 AND date_lower < 2458850")
grep -q 'event_from_2000' <<<"$plan" || fail "the 2010s are not read from their partition:
$plan"
! grep -q 'event_before_2000' <<<"$plan" || fail "a window in the 2010s reads the partition before 2000:
$plan"
echo "== EXPLAIN: a window in the 2010s reads one partition only"
# Counts agree whichever way they are taken.
total=$(sql coordinator chronology "SET enable_partitionwise_aggregate = on;
    SELECT sum(n) FROM (SELECT count(*) AS n FROM entente.event GROUP BY date_lower IS NULL) c")
[ "$total" -eq "$events" ] || fail "the coordinator counts $total events, not $events"
# Figures for docs/scaling.md (printed, not judged): what a shard stores per event, and how long
# the pushed-down per-day count takes over all of them.
bytes=$(sql shard2 shard "SELECT pg_total_relation_size('event') / greatest(count(*), 1) FROM event")
took=$(sql coordinator chronology "SET enable_partitionwise_aggregate = on;
    EXPLAIN (ANALYZE, COSTS OFF) SELECT date_lower, count(*) FROM entente.event
    WHERE date_lower IS NOT NULL GROUP BY date_lower" | sed -n 's/^Execution Time: //p')
echo "== figures: $bytes bytes per event in a shard's event table (with its indexes); the per-day count over $events events took $took"

# Editing through the coordinator: each change is one transaction of the coordinator, its rows
# routed to the shard whose range holds the event's date.
id=$(sql shard2 shard "SELECT min(id) FROM event")
"$entente" edit "$id" --database "$coordinator" --title "Retitled through the coordinator" \
    >"$work/edit.txt" 2>&1 || fail "entente edit through the coordinator failed: $(cat "$work/edit.txt")"
[ "$(sql shard2 shard "SELECT title || ' ' || row_version FROM event WHERE id = $id")" = \
    "Retitled through the coordinator 2" ] || fail "the edit did not reach shard 2"
# A new date before 2000 moves the event to the other shard.
"$entente" edit "$id" --database "$coordinator" --date 1994-05-06 >"$work/edit.txt" 2>&1 ||
    fail "moving an event across partitions failed: $(cat "$work/edit.txt")"
[ "$(sql shard2 shard "SELECT count(*) FROM event WHERE id = $id")" -eq 0 ] &&
    [ "$(sql shard1 shard "SELECT date FROM event WHERE id = $id")" = 1994-05-06 ] ||
    fail "the event dated 1994 is not on shard 1 alone"
added=$("$entente" add --database "$coordinator" --title "Added through the coordinator" \
    --date 2021-03-04 --type 042 --country FRA --unsourced 2>"$work/add.txt") ||
    fail "entente add through the coordinator failed: $(cat "$work/add.txt")"
added=$(grep -o '[0-9][0-9]*' <<<"$added" | tail -n 1)
[ "$(sql shard2 shard "SELECT title FROM event WHERE id = $added")" = "Added through the coordinator" ] ||
    fail "the added event (id $added) is not on shard 2"
"$entente" delete "$id" --database "$coordinator" >"$work/delete.txt" 2>&1 ||
    fail "entente delete through the coordinator failed: $(cat "$work/delete.txt")"
[ "$(sql shard1 shard "SELECT count(*) FROM event WHERE id = $id")" -eq 0 ] &&
    [ "$(sql coordinator chronology "SELECT count(*) FROM entente.event_country WHERE event_id = $id")" -eq 0 ] ||
    fail "the deleted event or its links remain"
echo "== edit, a move across partitions, add and delete through the coordinator reach the right shard"
echo "partitions: passed"
