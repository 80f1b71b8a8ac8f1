#!/usr/bin/env bash
# GEP Monitor benchmarks: one command, one table. See benchmarks/README.md.
#   benchmarks/run.sh [--scale small|full] [--no-build]
# Every size and duration can be overridden by environment variables (see below).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SCALE=small
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) echo "usage: benchmarks/run.sh [--scale small|full] [--no-build]" >&2; exit 2 ;;
  esac
done

if [ "$SCALE" = full ]; then
  : "${PROVINCES:=34}" "${COMMUNES:=3300}" "${YEARS:=10}" "${WRK_SECONDS:=60}" "${LATENCY_N:=200}"
else
  : "${PROVINCES:=3}" "${COMMUNES:=60}" "${YEARS:=2}" "${WRK_SECONDS:=10}" "${LATENCY_N:=50}"
fi
: "${FIRST_YEAR:=2021}" "${BATCH:=1000}" "${CLIENTS:=2}" "${WRK_CONNECTIONS:=32}" "${WRK_THREADS:=2}"
: "${API_PORT:=8241}" "${ISSUER_PORT:=8242}"
# the PostgreSQL server (trust or password) where a fresh database bench_gep_<pid> is created and dropped
: "${BENCH_PG_HOST:=127.0.0.1}" "${BENCH_PG_PORT:=5432}" "${BENCH_PG_USER:=postgres}" "${BENCH_PG_PASSWORD:=}"
: "${KEEP_DB:=0}" "${JAVA_OPTS:=}"
LAST_YEAR=$((FIRST_YEAR + YEARS - 1))
DB=bench_gep_$$
OUT=$ROOT/target/bench
mkdir -p "$OUT"
RESULTS=$OUT/results.txt
: > "$RESULTS"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
psql_admin() { PGPASSWORD=$BENCH_PG_PASSWORD psql -q -h "$BENCH_PG_HOST" -p "$BENCH_PG_PORT" -U "$BENCH_PG_USER" "$@"; }
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "$KEEP_DB" != 1 ]; then psql_admin -d postgres -c "drop database if exists $DB with (force)" || true; fi
}
trap cleanup EXIT

if [ "$BUILD" = 1 ] || [ ! -f api/target/quarkus-app/quarkus-run.jar ]; then
  log "building the API jar"
  ./mvnw -q -pl api package -DskipTests
fi
PGJAR=$(ls api/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
bench() { java -cp "$PGJAR" benchmarks/Bench.java "$@" --db "jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$DB" --db-user "$BENCH_PG_USER" --db-password "$BENCH_PG_PASSWORD"; }
result() { echo "$1 $2" >> "$RESULTS"; }
get() { awk -v k="$1" '$1 == k { v = $2 } END { print v }' "$RESULTS"; }
collect() { tee -a "$OUT/bench.log" | sed -n 's/^RESULT //p' >> "$RESULTS"; }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

log "token issuer on 127.0.0.1:$ISSUER_PORT"
java -cp "$PGJAR" benchmarks/Bench.java issuer --port "$ISSUER_PORT" > "$OUT/issuer.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$ISSUER_PORT/token" > /dev/null && break; sleep 0.5; done
token() { curl -sf "http://127.0.0.1:$ISSUER_PORT/token?user=$1&role=$2${3:+&org_unit=$3}"; }
COORDINATOR=$(token bench-coordinator coordinator)
VIEWER=$(token bench-viewer viewer)

log "database $DB on $BENCH_PG_HOST:$BENCH_PG_PORT"
psql_admin -d postgres -c "create database $DB"

log "starting the API on 127.0.0.1:$API_PORT"
START=$(date +%s%N)
# shellcheck disable=SC2086
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$DB" \
QUARKUS_DATASOURCE_USERNAME=$BENCH_PG_USER QUARKUS_DATASOURCE_PASSWORD=$BENCH_PG_PASSWORD \
QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:$ISSUER_PORT/realms/bench" QUARKUS_OIDC_TOKEN_AUDIENCE=gep-api \
QUARKUS_HTTP_PORT=$API_PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  java $JAVA_OPTS -jar api/target/quarkus-app/quarkus-run.jar > "$OUT/api.log" 2>&1 &
API_PID=$!
PIDS+=($API_PID)
until curl -sf "http://127.0.0.1:$API_PORT/q/health/ready" > /dev/null; do
  kill -0 $API_PID 2>/dev/null || { tail -30 "$OUT/api.log" >&2; exit 1; }
  sleep 0.1
done
result start_seconds "$(awk -v a="$START" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')"
# one authenticated request so that the OIDC keys are loaded, then the footprint at rest
curl -sf -H "Authorization: Bearer $VIEWER" "http://127.0.0.1:$API_PORT/api/v1/plans" > /dev/null
sleep 2
result rss_rest_mb "$(rss_mb $API_PID)"

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

log "attainment latency, API versus one SQL aggregate"
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
| attainment, country, $LAST_YEAR, p50 ms | $(get attainment_country_api_p50_ms) | $(get attainment_country_sql_p50_ms) | $(ratio "$(get attainment_country_api_p50_ms)" "$(get attainment_country_sql_p50_ms)") | <= 1.5 |
| attainment, country, $LAST_YEAR, p99 ms | $(get attainment_country_api_p99_ms) | $(get attainment_country_sql_p99_ms) | $(ratio "$(get attainment_country_api_p99_ms)" "$(get attainment_country_sql_p99_ms)") | |
| attainment, province p01, $LAST_YEAR, p50 ms | $(get attainment_province_api_p50_ms) | $(get attainment_province_sql_p50_ms) | $(ratio "$(get attainment_province_api_p50_ms)" "$(get attainment_province_sql_p50_ms)") | <= 1.5, < 20 ms |
| attainment, province p01, $LAST_YEAR, p99 ms | $(get attainment_province_api_p99_ms) | $(get attainment_province_sql_p99_ms) | $(ratio "$(get attainment_province_api_p99_ms)" "$(get attainment_province_sql_p99_ms)") | |
| bulk import, values/s ($(get import_values) values) | $(get import_values_per_s) | $(get copy_values_per_s) (COPY) | $(ratio "$(get import_values_per_s)" "$(get copy_values_per_s)") | >= 20,000/s |
| dashboard under wrk ($WRK_CONNECTIONS conn, ${WRK_SECONDS}s), req/s | $(get wrk_req_per_s) | | | >= 2,000 |
| dashboard under wrk, p50 / p99 | $(get wrk_p50) / $(get wrk_p99) | | | p99 < 50 ms |
| dashboard under wrk, errors | $(get wrk_errors) | | | 0 |
| API start to ready, s | $(get start_seconds) | | | |
| API RSS MB: rest / after import / peak under wrk | $(get rss_rest_mb) / $(get rss_after_import_mb) / $(get rss_load_mb) | | | |
| database size MB | | $(get db_size_mb) | | |
EOF
