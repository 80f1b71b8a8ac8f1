# Shared by benchmarks/run.sh and benchmarks/growth.sh, sourced with their arguments
# ([--scale small|full] [--no-build]): options, sizes, a fresh database, the token issuer and the
# packaged API, all stopped and dropped on exit. Leaves the working directory at the repository root.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
SCALE=small
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    *) echo "usage: $0 [--scale small|full] [--no-build]" >&2; exit 2 ;;
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
OUT=$ROOT/target/${BENCH_OUT_NAME:-bench}
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

