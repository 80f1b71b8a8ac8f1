#!/usr/bin/env bash
# Fault (b): the API killed with SIGKILL in the middle of an import, restarted, and the same
# request retried with its Idempotency-Key: no partial submission, no duplicate.
#   faults/kill-import.sh [submissions per import, default 2000 (48,000 values)]
source "$(dirname "$0")/lib.sh"
N=${1:-2000}
: "${API_PORT:=8243}"
begin kill
TOKEN=$(token fault-coordinator coordinator)
start_api "$API_PORT"
bench reference --provinces 34 --communes 3300 --years 1 --first-year 2030 > /dev/null
bench body --submissions "$N" --out "$OUT/import.json" > /dev/null
post() {
  curl -s -o "$OUT/answer.json" -D "$OUT/headers.txt" -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H 'Idempotency-Key: fault-kill-1' \
    --data-binary @"$OUT/import.json" "http://127.0.0.1:$API_PORT/api/v1/imports" || true
}
log "import of $N submissions, SIGKILL while it runs"
post > /dev/null &
CURL=$!
# kill once the import holds its locks (the transaction is open), or after 3 s at the latest
MID=no
for _ in $(seq 1 30); do
  [ "$(sql "select count(*) from pg_locks where locktype = 'advisory'")" -gt 0 ] && MID=yes && break; sleep 0.1
done
kill -9 "$API_PID"
wait "$CURL" || true
KILLED_AT=$(sql "select count(*) from submission")
VALUES_AT=$(sql "select count(*) from submission_value")
log "after the kill: $KILLED_AT submissions, $VALUES_AT values; restarting"
start_api "$API_PORT"
FIRST=$(post)
AFTER=$(sql "select count(*) from submission")
SECOND=$(post)
REPLAYED=$(grep -ci '^idempotent-replayed: true' "$OUT/headers.txt" || true)
FINAL=$(sql "select count(*) from submission")
DUPES=$(sql "select count(*) from (select org_unit_code, period_code from submission group by 1, 2 having count(*) > 1) d")
PARTIAL=$(sql "select count(*) from (select s.id from submission s left join submission_value v on v.submission_id = s.id group by s.id having count(v.id) <> 24) p")
ok=1
{ [ "$KILLED_AT" = 0 ] || [ "$KILLED_AT" = "$N" ]; } && [ "$FIRST" = 200 ] && [ "$AFTER" = "$N" ] && [ "$SECOND" = 200 ] \
  && [ "$REPLAYED" = 1 ] && [ "$FINAL" = "$N" ] && [ "$DUPES" = 0 ] && [ "$PARTIAL" = 0 ] && ok=0
verdict kill-import $ok "killed while the import held its locks: $MID; submissions right after the kill $KILLED_AT (0 or $N allowed), retry $FIRST -> $AFTER, second retry $SECOND replayed=$REPLAYED -> $FINAL, duplicates $DUPES, partial $PARTIAL"
exit $FAILED
