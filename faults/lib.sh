# Shared by the fault scripts: a token issuer, API instances and databases. Source it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
: "${ISSUER_PORT:=8249}" "${PG_HOST:=127.0.0.1}" "${PG_PORT:=5432}" "${PG_USER:=postgres}"
OUT=$ROOT/target/faults
mkdir -p "$OUT"
PIDS=()
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
verdict() { # name, condition (0 = pass), figures
  if [ "$2" = 0 ]; then echo "PASS $1: $3"; else echo "FAIL $1: $3"; FAILED=1; fi
}
FAILED=0
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "${DROP_DB:-}" ] && psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "drop database if exists $DROP_DB with (force)" 2>/dev/null || true
}
trap cleanup EXIT

[ -f api/target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -pl api package -DskipTests
PGJAR=$(ls api/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)

start_issuer() {
  java -cp "$PGJAR" benchmarks/Bench.java issuer --port "$ISSUER_PORT" > "$OUT/issuer.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$ISSUER_PORT/token" > /dev/null && return; sleep 0.5; done
  echo "issuer did not start" >&2; exit 1
}
token() { curl -sf "http://127.0.0.1:$ISSUER_PORT/token?user=$1&role=$2${3:+&org_unit=$3}"; }

fresh_db() { # name on PG_HOST:PG_PORT, dropped at exit
  DROP_DB=$1
  psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "drop database if exists $1 with (force)" -c "create database $1"
}
sql() { psql -Atq -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -c "$1"; }

start_api() { # port; sets API_PID
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_DATASOURCE_USERNAME=$PG_USER \
  QUARKUS_DATASOURCE_PASSWORD= QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:$ISSUER_PORT/realms/bench" \
  QUARKUS_OIDC_TOKEN_AUDIENCE=gep-api QUARKUS_HTTP_PORT=$1 QUARKUS_HTTP_HOST=127.0.0.1 \
    java ${JAVA_OPTS:-} -jar api/target/quarkus-app/quarkus-run.jar >> "$OUT/api-$1.log" 2>&1 &
  API_PID=$!
  PIDS+=($API_PID)
  until curl -sf "http://127.0.0.1:$1/q/health/ready" > /dev/null; do
    kill -0 $API_PID 2>/dev/null || { tail -20 "$OUT/api-$1.log" >&2; exit 1; }
    sleep 0.2
  done
}
bench() { java -cp "$PGJAR" benchmarks/Bench.java "$@" --db "jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" --db-user "$PG_USER"; }
begin() { # fault name: a fresh database fault_<name>_gep_<pid> and the token issuer
  DB=fault_$1_gep_$$
  fresh_db "$DB"
  start_issuer
}
