#!/usr/bin/env bash
# Fault (e): mixed load for a while (dashboard reads under wrk, imports that update values, lists),
# zero errors and memory flat.
#   faults/mixed-load.sh [seconds, default 600]
source "$(dirname "$0")/lib.sh"
SECONDS_TOTAL=${1:-600}
# a bounded heap, as in production, so that the RSS shows use rather than the heap growing lazily
: "${JAVA_OPTS:=-Xmx256m}"
: "${API_PORT:=8247}"
begin mixed
start_api "$API_PORT"
bench reference --provinces 2 --communes 50 --years 1 --first-year 2030 > /dev/null
bench body --submissions 50 --out "$OUT/mixed-a.json" > /dev/null
sed 's/"numerator":[0-9]*/"numerator":1/g' "$OUT/mixed-a.json" > "$OUT/mixed-b.json"
COORD=$(token mixed-coordinator coordinator)
VIEWER=$(token mixed-viewer viewer)
URL=http://127.0.0.1:$API_PORT
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $COORD" -H 'Content-Type: application/json' --data-binary @"$OUT/mixed-a.json" "$URL/api/v1/imports"
log "mixed load for $SECONDS_TOTAL s"
wrk -t2 -c8 -d"${SECONDS_TOTAL}"s --timeout 10s --latency -H "Authorization: Bearer $VIEWER" "$URL/api/v1/attainment/summary?period=2030&orgUnit=vn" > "$OUT/mixed-wrk.txt" &
WRK=$!
( end=$(( $(date +%s) + SECONDS_TOTAL )); i=0
  while [ "$(date +%s)" -lt "$end" ]; do
    f=$OUT/mixed-$([ $((i % 2)) = 0 ] && echo b || echo a).json; i=$((i + 1))
    curl -s -o /dev/null -w 'import %{http_code}\n' -X POST -H "Authorization: Bearer $COORD" -H 'Content-Type: application/json' --data-binary @"$f" "$URL/api/v1/imports"
    curl -s -o /dev/null -w 'list %{http_code}\n' -H "Authorization: Bearer $COORD" "$URL/api/v1/submissions?period=2030&size=100"
  done ) > "$OUT/mixed-writes.txt" &
WRITER=$!
: > "$OUT/mixed-rss.txt"
while kill -0 $WRK 2>/dev/null; do
  awk '/VmRSS/ { printf "%.0f\n", $2 / 1024 }' "/proc/$API_PID/status" >> "$OUT/mixed-rss.txt"; sleep 5
done
wait $WRITER || true
N=$(wc -l < "$OUT/mixed-rss.txt")
THIRD=$(sed -n "$(( N / 3 > 0 ? N / 3 : 1 ))p" "$OUT/mixed-rss.txt")
LAST=$(tail -1 "$OUT/mixed-rss.txt")
PEAK=$(sort -n "$OUT/mixed-rss.txt" | tail -1)
READS=$(awk '/requests in/ { print $1 }' "$OUT/mixed-wrk.txt")
READ_ERRORS=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$OUT/mixed-wrk.txt")
WRITES=$(wc -l < "$OUT/mixed-writes.txt")
WRITE_ERRORS=$(grep -cv ' 200$' "$OUT/mixed-writes.txt" || true)
P99=$(awk '$1 == "99%" { print $2 }' "$OUT/mixed-wrk.txt")
ok=1
[ "$READ_ERRORS" = 0 ] && [ "$WRITE_ERRORS" = 0 ] && [ "$LAST" -le $(( THIRD * 5 / 4 )) ] && ok=0
verdict mixed-load $ok "$SECONDS_TOTAL s: $READS dashboard reads (p99 $P99), $WRITES imports and lists, errors $READ_ERRORS + $WRITE_ERRORS; RSS MB at a third $THIRD, at the end $LAST, peak $PEAK (flat = end <= 1.25 x a third)"
exit $FAILED
