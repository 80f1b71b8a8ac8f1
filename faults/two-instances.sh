#!/usr/bin/env bash
# Fault (d): two API instances on one database, concurrent read-modify-write updates of the same
# submissions through both: every accepted update is counted in the versions (no lost update).
#   faults/two-instances.sh [workers, default 8] [updates per worker, default 25] [submissions, default 4]
source "$(dirname "$0")/lib.sh"
WORKERS=${1:-8}
ROUNDS=${2:-25}
SUBS=${3:-4}
: "${API_PORT:=8244}" "${API_PORT2:=8245}"
begin two
start_api "$API_PORT"
start_api "$API_PORT2"
bench reference --provinces 1 --communes "$SUBS" --years 1 --first-year 2030 > /dev/null
bench body --submissions "$SUBS" --out "$OUT/two.json" > /dev/null
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $(token c coordinator)" -H 'Content-Type: application/json' \
  --data-binary @"$OUT/two.json" "http://127.0.0.1:$API_PORT/api/v1/imports"
mapfile -t UNITS < <(sql "select org_unit_code from submission order by 1")
mapfile -t IDS < <(sql "select id from submission order by org_unit_code")
worker() { # number
  local w=$1 port=$API_PORT i s unit id etag code n
  [ $((w % 2)) = 1 ] && port=$API_PORT2
  for i in $(seq 1 "$ROUNDS"); do
    s=$(( (w + i) % SUBS )); unit=${UNITS[$s]}; id=${IDS[$s]}
    local tok; tok=$(token "reporter.$unit" reporter "$unit")
    while :; do
      etag=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $tok" "http://127.0.0.1:$port/api/v1/submissions/$id" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
      n=$((w * 100000 + i))
      code=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' \
        -H "If-Match: $etag" -d "{\"values\":[{\"indicator\":\"1.1\",\"numerator\":$n,\"denominator\":10000000}]}" \
        "http://127.0.0.1:$port/api/v1/submissions/$id")
      echo "$w $s $code" >> "$OUT/two-outcomes.txt"
      [ "$code" = 409 ] || break
    done
  done
}
: > "$OUT/two-outcomes.txt"
log "$WORKERS workers x $ROUNDS updates over $SUBS submissions through ports $API_PORT and $API_PORT2"
for w in $(seq 1 "$WORKERS"); do worker "$w" & done
wait_workers() { for j in $(jobs -p); do case " ${PIDS[*]} " in *" $j "*) ;; *) wait "$j";; esac; done; }
wait_workers
OK=$(awk '$3 == 200' "$OUT/two-outcomes.txt" | wc -l)
CONFLICTS=$(awk '$3 == 409' "$OUT/two-outcomes.txt" | wc -l)
OTHER=$(awk '$3 != 200 && $3 != 409' "$OUT/two-outcomes.txt" | wc -l)
BUMPS=$(sql "select sum(version - 1) from submission")
EVENTS=$(sql "select count(*) from submission_event where action = 'VALUES_CHANGED'")
ok=1
[ "$OK" = $((WORKERS * ROUNDS)) ] && [ "$BUMPS" = "$OK" ] && [ "$EVENTS" = "$OK" ] && [ "$OTHER" = 0 ] && ok=0
verdict two-instances $ok "accepted $OK updates, refused $CONFLICTS stale ones (409, retried), other answers $OTHER; versions raised $BUMPS times, history VALUES_CHANGED $EVENTS"
exit $FAILED
