#!/usr/bin/env bash
# End-to-end tests with real tokens: the packaged API (production profile) on a database created
# fresh for the run on a PostgreSQL server, and the real Keycloak. Cleans up after itself.
# Needs a built jar (./mvnw verify or package) and Node 20. Options (environment):
#   GEP_E2E_PG_HOST / GEP_E2E_PG_PORT / GEP_E2E_PG_USER / GEP_E2E_PG_PASSWORD  (127.0.0.1, 5432, postgres, empty)
#   GEP_E2E_PORT  the API's port (18080); KEYCLOAK_PORT (8180)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
host="${GEP_E2E_PG_HOST:-127.0.0.1}"; pgport="${GEP_E2E_PG_PORT:-5432}"
user="${GEP_E2E_PG_USER:-postgres}"; export PGPASSWORD="${GEP_E2E_PG_PASSWORD:-}"
port="${GEP_E2E_PORT:-18080}"
db="gep_e2e_$$"
run="$root/target/e2e"
mkdir -p "$run"
started_keycloak=0

cleanup() {
  [ -f "$run/api.pid" ] && { kill "$(cat "$run/api.pid")" 2>/dev/null || true; rm -f "$run/api.pid"; }
  [ "$started_keycloak" = 1 ] && scripts/keycloak.sh stop >/dev/null
  psql -h "$host" -p "$pgport" -U "$user" -d postgres -qc "drop database if exists $db with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

if ! pg_isready -q -h "$host" -p "$pgport"; then
  echo "Starting the machine's PostgreSQL server"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi
psql -h "$host" -p "$pgport" -U "$user" -d postgres -qc "create database $db"
echo "Database $db created on $host:$pgport"

if ! scripts/keycloak.sh status >/dev/null 2>&1; then started_keycloak=1; fi
scripts/keycloak.sh start

if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "Port $port is taken by another server; stop it or set GEP_E2E_PORT" >&2
  exit 1
fi
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$host:$pgport/$db" QUARKUS_DATASOURCE_USERNAME="$user" \
QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:${KEYCLOAK_PORT:-8180}/realms/gender-equality" \
QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
  java -jar api/target/quarkus-app/quarkus-run.jar >"$run/api.log" 2>&1 &
echo $! >"$run/api.pid"
for _ in $(seq 1 90); do curl -sf "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "http://localhost:$port/q/health/ready" >/dev/null || { tail -30 "$run/api.log"; exit 1; }
echo "API (packaged jar, prod profile) ready on http://localhost:$port"

# the API's end-to-end tests, then the example district system through the generated client
./mvnw -B -pl api,openapi/java-client,openapi/district-example -Pe2e -Dspotless.check.skip=true \
  test-compile failsafe:integration-test failsafe:verify \
  -Dgep.e2e.api="http://localhost:$port" -Dgep.e2e.keycloak="http://localhost:${KEYCLOAK_PORT:-8180}" \
  -Dgeptest.db.url="jdbc:postgresql://$host:$pgport/$db" -Dgeptest.db.user="$user" \
  -Dgeptest.db.password="$PGPASSWORD"

# a client in a second language: TypeScript generated from the committed openapi/openapi.yaml
# (openapi-generator typescript-fetch), then a short flow with it against this API, PASS/FAIL per step
./mvnw -B -q -f openapi/ts-client-check/pom.xml -Dspotless.check.skip=true generate-sources
(cd openapi/ts-client-check && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build &&
  GEP_API="http://localhost:$port" GEP_KEYCLOAK="http://localhost:${KEYCLOAK_PORT:-8180}" npm run --silent flow)

# the web app through a real browser: serve the built app (built here if .ci/run has not) with
# /api proxied to this API, and run the review loop in Debian's Chromium, signing in through
# Keycloak's own login page
[ -f frontend/dist/index.html ] || (cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build)
(cd frontend && GEP_OIDC_AUTHORITY="http://localhost:${KEYCLOAK_PORT:-8180}/realms/gender-equality" \
  GEP_API_PROXY="http://127.0.0.1:$port" npm run test:e2e:preview)
