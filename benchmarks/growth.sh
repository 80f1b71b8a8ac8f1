#!/usr/bin/env bash
# GEP Monitor growth curve: how the database and the attainment reads grow as years of national
# data pile up. See benchmarks/README.md ("Growth").
#   benchmarks/growth.sh [--scale small|full] [--no-build]
# Loads one year at a time with COPY (the same values as run.sh), approves it, and after each year
# prints: values held, database size, COPY speed of that year, and the country's attainment for that
# year's yearly period as one SQL aggregate and through the API (first read, then repeated reads).
set -euo pipefail
: "${BENCH_OUT_NAME:=bench-growth}" "${GROWTH_LATENCY_N:=20}"
# shellcheck source=benchmarks/lib.sh
. "$(dirname "$0")/lib.sh" "$@"

log "reference data: $PROVINCES provinces, $COMMUNES communes, $YEARS years from $FIRST_YEAR"
bench reference --provinces "$PROVINCES" --communes "$COMMUNES" --years "$YEARS" --first-year "$FIRST_YEAR" | collect

ROWS=()
for YEAR in $(seq "$FIRST_YEAR" "$LAST_YEAR"); do
  log "year $YEAR: COPY, approve, measure"
  : > "$RESULTS"
  bench copy --batch "$BATCH" --year "$YEAR" | collect
  bench approve
  VALUES=$(psql_admin -d "$DB" -Atc "select count(*) from submission_value")
  SIZE=$(psql_admin -d "$DB" -Atc "select pg_database_size(current_database()) / 1048576")
  # the JVM's warm-up on another province's results of the year, out of the table
  [ "$PROVINCES" -ge 2 ] && bench cold --api "http://127.0.0.1:$API_PORT" --token "$VIEWER" --org-unit p02 --name warmup --periods "${YEAR}S1,${YEAR}S2,${YEAR}Q1,${YEAR}Q2" > /dev/null
  bench cold --api "http://127.0.0.1:$API_PORT" --token "$VIEWER" --org-unit vn --name first --periods "$YEAR" | collect
  bench latency --api "http://127.0.0.1:$API_PORT" --token "$VIEWER" --org-unit vn --name warm --period "$YEAR" --n "$GROWTH_LATENCY_N" | collect
  ROWS+=("| $((YEAR - FIRST_YEAR + 1)) | $VALUES | $SIZE | $(awk -v s="$SIZE" -v v="$VALUES" 'BEGIN { printf "%.2f", s * 1024 / v }') | $(get copy_values_per_s) | $(get attainment_warm_sql_p50_ms) | $(get cold_first_api_p50_ms) | $(get attainment_warm_api_p50_ms) |")
  printf '%s\n' "${ROWS[-1]}" >&2
done
result rss_end_mb "$(rss_mb "$API_PID")"

cat <<EOF

GEP Monitor growth (--scale $SCALE): $PROVINCES provinces, $COMMUNES communes, one year of yearly, half-year and quarterly periods added per row, $(nproc) cores, $(date -u +%F' '%H:%M' UTC')
| years | values | database MB | kB per value | COPY values/s (that year) | country, that year: SQL p50 ms | API first read ms | API repeated read p50 ms |
|---|---|---|---|---|---|---|---|
$(printf '%s\n' "${ROWS[@]}")
API RSS at the end: $(get rss_end_mb) MB
EOF
