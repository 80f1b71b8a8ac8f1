#!/usr/bin/env bash
# Fault (c): PostgreSQL restarted under load. The API's health turns DOWN while the database is
# gone and UP again by itself once it is back, without restarting the API.
# It must also listen for data changes again (a new notification session), and a change made after
# the restart must show in the next attainment read (the cache was not left trusting old results).
# Runs its own PostgreSQL cluster (never the shared server) on PG_PORT (default 55463).
#   faults/pg-restart.sh [seconds the database stays down, default 10]
: "${PG_PORT:=55463}"
source "$(dirname "$0")/lib.sh"
DOWN_FOR=${1:-10}
: "${API_PORT:=8246}"
BIN=/usr/lib/postgresql/15/bin
CLUSTER=$(mktemp -d /tmp/gep-fault-pg.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$CLUSTER"
as_pg $BIN/initdb -A trust -U postgres -D "$CLUSTER/data" > "$OUT/initdb.log"
pg() { as_pg $BIN/pg_ctl -D "$CLUSTER/data" -l "$CLUSTER/log" -o "-p $PG_PORT -k /tmp -h 127.0.0.1" "$@" > /dev/null; }
pg start -w
stop_cluster() { pg stop -m immediate || true; cp "$CLUSTER/log" "$OUT/pg-restart-postgres.log" 2>/dev/null || true; rm -rf "$CLUSTER"; }
trap 'cleanup; stop_cluster' EXIT
DB=gep
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "create database gep"
start_issuer
VIEWER=$(token fault-viewer viewer)
start_api "$API_PORT"
health() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$API_PORT/q/health"; }
# load: a reader in a loop for the whole run
( while :; do curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $VIEWER" \
    "http://127.0.0.1:$API_PORT/api/v1/attainment?period=2024"; done ) > "$OUT/pg-load.txt" 2>/dev/null &
PIDS+=($!)
sleep 2
BEFORE=$(health)
log "health $BEFORE; stopping PostgreSQL for $DOWN_FOR s"
pg stop -m fast
T0=$(date +%s)
DOWN=""
for _ in $(seq 1 $((DOWN_FOR * 2))); do [ "$(health)" = 503 ] && DOWN=$(( $(date +%s) - T0 )) && break; sleep 0.5; done
sleep $(( DOWN_FOR - $(date +%s) + T0 > 0 ? DOWN_FOR - $(date +%s) + T0 : 0 ))
pg start -w
T1=$(date +%s)
UP=""
for _ in $(seq 1 120); do [ "$(health)" = 200 ] && UP=$(( $(date +%s) - T1 )) && break; sleep 0.5; done
sleep 2
AFTER_OK=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $VIEWER" "http://127.0.0.1:$API_PORT/api/v1/attainment?period=2024")
RELISTEN=no
for _ in $(seq 1 20); do grep -q "listening for data changes (session 2)" "$OUT/api-$API_PORT.log" && RELISTEN=yes && break; sleep 0.5; done
# a figure approved by SQL after the restart (as another instance would) must reach the cached read
read_11() { curl -s -H "Authorization: Bearer $VIEWER" "http://127.0.0.1:$API_PORT/api/v1/attainment?period=2024&indicator=1.1" | grep -o '"numerator":[0-9.]*' | head -1; }
read_11 > /dev/null
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d gep -c "with s as (insert into submission (id, org_unit_code, period_code, status, version, created_at, created_by, updated_at, updated_by) values (gen_random_uuid(), 'so-noi-vu', '2024', 'APPROVED', 1, now(), 'fault', now(), 'fault') returning id) insert into submission_value (submission_id, indicator_code, category_key, numerator, denominator) select id, '1.1', '', 7, 9 from s"
FOLLOWS=no
for _ in $(seq 1 20); do [ "$(read_11)" = '"numerator":7' ] && FOLLOWS=yes && break; sleep 0.25; done
SAME_PID=$(kill -0 "$API_PID" 2>/dev/null && echo yes || echo no)
ERRORS=$(grep -cv '^200$' "$OUT/pg-load.txt" || true)
TOTAL=$(wc -l < "$OUT/pg-load.txt")
ok=1
[ "$BEFORE" = 200 ] && [ -n "$DOWN" ] && [ -n "$UP" ] && [ "$AFTER_OK" = 200 ] && [ "$SAME_PID" = yes ] && [ "$RELISTEN" = yes ] && [ "$FOLLOWS" = yes ] && ok=0
verdict pg-restart $ok "health UP before, DOWN ${DOWN:-never} s after the stop, UP ${UP:-never} s after the start, same API process $SAME_PID, reads after $AFTER_OK, listening again $RELISTEN, a change by SQL after the restart read at once $FOLLOWS; $ERRORS of $TOTAL reads under load failed (while the database was down)"
exit $FAILED
