#!/usr/bin/env bash
# GEP Monitor benchmarks: one command, one table. See benchmarks/README.md.
#   benchmarks/run.sh [--scale small|full] [--no-build]
# Every size and duration can be overridden by environment variables (see below).
set -euo pipefail
# options, sizes, database, token issuer and API (sets DB, API_PID, VIEWER, COORDINATOR, bench, result, get, ...)
# shellcheck source=benchmarks/lib.sh
. "$(dirname "$0")/lib.sh" "$@"

log "reference data: $PROVINCES provinces, $COMMUNES communes, $YEARS years from $FIRST_YEAR"
bench reference --provinces "$PROVINCES" --communes "$COMMUNES" --years "$YEARS" --first-year "$FIRST_YEAR" | collect

log "COPY of the national values straight into PostgreSQL"
bench copy --batch "$BATCH" | collect
bench clear
log "the same values through POST /api/v1/imports ($CLIENTS clients, $BATCH submissions a request)"
bench import --api "http://127.0.0.1:$API_PORT" --token "$COORDINATOR" --batch "$BATCH" --clients "$CLIENTS" | collect
result rss_after_import_mb "$(rss_mb $API_PID)"
bench approve
result db_size_mb "$(psql_admin -d "$DB" -Atc "select pg_database_size(current_database()) / 1048576")"

# cold reads first: every period, newest first, read once through the API (nothing cached for it)
PERIODS=$(psql_admin -d "$DB" -Atc "select string_agg(code, ',' order by end_date desc, start_date) from period where year between $FIRST_YEAR and $LAST_YEAR")
log "cold attainment reads, API versus one SQL aggregate, every period"
# the JVM's own warm-up (class loading, JIT) on another province's results, which stay out of the table
[ "$PROVINCES" -ge 2 ] && bench cold --api "http://127.0.0.1:$API_PORT" --token "$VIEWER" --org-unit p02 --name warmup --periods "$PERIODS" > /dev/null
bench cold --api "http://127.0.0.1:$API_PORT" --token "$VIEWER" --org-unit vn --name country --periods "$PERIODS" | collect
bench cold --api "http://127.0.0.1:$API_PORT" --token "$VIEWER" --org-unit p01 --name province --periods "$PERIODS" | collect

log "warm attainment latency (repeated read), API versus one SQL aggregate"
bench latency --api "http://127.0.0.1:$API_PORT" --token "$VIEWER" --org-unit vn --name country --period "$LAST_YEAR" --n "$LATENCY_N" | collect
bench latency --api "http://127.0.0.1:$API_PORT" --token "$VIEWER" --org-unit p01 --name province --period "$LAST_YEAR" --n "$LATENCY_N" | collect

DASHBOARD="http://127.0.0.1:$API_PORT/api/v1/attainment/summary?period=$LAST_YEAR&orgUnit=p01"
if command -v wrk > /dev/null; then
  log "dashboard read under wrk: $WRK_CONNECTIONS connections, $WRK_SECONDS s"
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_SECONDS"s --latency -H "Authorization: Bearer $VIEWER" "$DASHBOARD" > "$OUT/wrk.txt" &
  WRK=$!
  PEAK=0
  while kill -0 $WRK 2>/dev/null; do
    R=$(rss_mb $API_PID); [ "$R" -gt "$PEAK" ] && PEAK=$R; sleep 1
  done
  wait $WRK
  result rss_load_mb "$PEAK"
  result wrk_req_per_s "$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$OUT/wrk.txt")"
  result wrk_p50 "$(awk '$1 == "50%" { print $2 }' "$OUT/wrk.txt")"
  result wrk_p99 "$(awk '$1 == "99%" { print $2 }' "$OUT/wrk.txt")"
  result wrk_errors "$(awk '/Non-2xx|Socket errors/ { e = e $0 "; " } END { print (e == "" ? "0" : e) }' "$OUT/wrk.txt" | tr ' ' '_')"
else
  log "wrk is not installed (apt-get install -y wrk): dashboard load skipped"
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
cat <<EOF

GEP Monitor benchmarks (--scale $SCALE, sizes as set): $PROVINCES provinces, $COMMUNES communes, $YEARS years, $(nproc) cores, $(date -u +%F' '%H:%M' UTC')
| measure | API | PostgreSQL alone | ratio API/PG | target |
|---|---|---|---|---|
| cold attainment, country, $(get cold_country_n) periods, p50 ms | $(get cold_country_api_p50_ms) | $(get cold_country_sql_p50_ms) | $(ratio "$(get cold_country_api_p50_ms)" "$(get cold_country_sql_p50_ms)") | <= 1.5 |
| cold attainment, country, p99 ms | $(get cold_country_api_p99_ms) | $(get cold_country_sql_p99_ms) | $(ratio "$(get cold_country_api_p99_ms)" "$(get cold_country_sql_p99_ms)") | |
| cold attainment, province p01, $(get cold_province_n) periods, p50 ms | $(get cold_province_api_p50_ms) | $(get cold_province_sql_p50_ms) | $(ratio "$(get cold_province_api_p50_ms)" "$(get cold_province_sql_p50_ms)") | <= 1.5, < 20 ms |
| cold attainment, province p01, p99 ms | $(get cold_province_api_p99_ms) | $(get cold_province_sql_p99_ms) | $(ratio "$(get cold_province_api_p99_ms)" "$(get cold_province_sql_p99_ms)") | |
| warm attainment (repeated read), country, $LAST_YEAR, p50 ms | $(get attainment_country_api_p50_ms) | $(get attainment_country_sql_p50_ms) | $(ratio "$(get attainment_country_api_p50_ms)" "$(get attainment_country_sql_p50_ms)") | <= 1.5 |
| warm attainment, country, $LAST_YEAR, p99 ms | $(get attainment_country_api_p99_ms) | $(get attainment_country_sql_p99_ms) | $(ratio "$(get attainment_country_api_p99_ms)" "$(get attainment_country_sql_p99_ms)") | |
| warm attainment (repeated read), province p01, $LAST_YEAR, p50 ms | $(get attainment_province_api_p50_ms) | $(get attainment_province_sql_p50_ms) | $(ratio "$(get attainment_province_api_p50_ms)" "$(get attainment_province_sql_p50_ms)") | <= 1.5, < 20 ms |
| warm attainment, province p01, $LAST_YEAR, p99 ms | $(get attainment_province_api_p99_ms) | $(get attainment_province_sql_p99_ms) | $(ratio "$(get attainment_province_api_p99_ms)" "$(get attainment_province_sql_p99_ms)") | |
| bulk import, values/s ($(get import_values) values) | $(get import_values_per_s) | $(get copy_values_per_s) (COPY) | $(ratio "$(get import_values_per_s)" "$(get copy_values_per_s)") | >= 20,000/s |
| dashboard under wrk ($WRK_CONNECTIONS conn, ${WRK_SECONDS}s), req/s | $(get wrk_req_per_s) | | | >= 2,000 |
| dashboard under wrk, p50 / p99 | $(get wrk_p50) / $(get wrk_p99) | | | p99 < 50 ms |
| dashboard under wrk, errors | $(get wrk_errors) | | | 0 |
| API start to ready, s | $(get start_seconds) | | | |
| API RSS MB: rest / after import / peak under wrk | $(get rss_rest_mb) / $(get rss_after_import_mb) / $(get rss_load_mb) | | | |
| database size MB | | $(get db_size_mb) | | |
EOF
