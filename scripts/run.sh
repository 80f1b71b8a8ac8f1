#!/usr/bin/env bash
# Runs the whole GEP Monitor on this machine with demo data: PostgreSQL (embedded, unless
# GEP_DB_URL names a server), Keycloak with the gender-equality realm, the API, and the web app
# (built, then served by vite preview on 127.0.0.1:5173 with /api proxied to the API).
#   scripts/run.sh          build, start everything, print URLs and logins; Ctrl+C stops all
#   scripts/run.sh stop     stop what a run in another terminal started
# Options (environment): PORT (API, 8080), GEP_DB_URL / GEP_DB_USER / GEP_DB_PASSWORD (a
# PostgreSQL database to use instead of the embedded one), GEP_DB_PORT (embedded, 55432),
# KEYCLOAK_PORT (8180).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
run="$root/target/run"
port="${PORT:-8080}"
kc_port="${KEYCLOAK_PORT:-8180}"
issuer="http://localhost:$kc_port/realms/gender-equality"

stop_all() {
  for name in app api postgres; do
    if [ -f "$run/$name.pid" ]; then
      pid=$(cat "$run/$name.pid")
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      rm -f "$run/$name.pid"
    fi
  done
  "$root/scripts/keycloak.sh" stop >/dev/null || true
  echo "GEP Monitor stopped"
}

wait_for() { # url seconds what
  for _ in $(seq 1 "$2"); do curl -sf "$1" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "$3 did not come up; see $run/" >&2; return 1
}

if [ "${1:-}" = stop ]; then stop_all; exit 0; fi

cd "$root"
mkdir -p "$run"
echo "Building (first time: a few minutes)..."
./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
./mvnw -q -B -pl api dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$run/classpath.txt"
(cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build >"$run/app-build.log")
trap 'echo; stop_all; exit 0' INT TERM

if [ -n "${GEP_DB_URL:-}" ]; then
  db_url="$GEP_DB_URL"; db_user="${GEP_DB_USER:-postgres}"; db_password="${GEP_DB_PASSWORD:-}"
  echo "PostgreSQL: $db_url"
else
  db_port="${GEP_DB_PORT:-55432}"
  java -cp "api/target/test-classes:$(cat "$run/classpath.txt")" vn.cantho.gep.testing.EmbeddedPostgresMain \
    "$db_port" "$run/pg" >"$run/postgres.log" 2>&1 &
  echo $! >"$run/postgres.pid"
  for _ in $(seq 1 60); do grep -q "PostgreSQL ready" "$run/postgres.log" && break; sleep 1; done
  grep -q "PostgreSQL ready" "$run/postgres.log" || { tail "$run/postgres.log"; stop_all; exit 1; }
  db_url="jdbc:postgresql://127.0.0.1:$db_port/postgres"; db_user=postgres; db_password=postgres
  echo "PostgreSQL: embedded on 127.0.0.1:$db_port, data in target/run/pg (delete it to start over)"
fi

scripts/keycloak.sh start

QUARKUS_DATASOURCE_JDBC_URL="$db_url" QUARKUS_DATASOURCE_USERNAME="$db_user" \
QUARKUS_DATASOURCE_PASSWORD="$db_password" QUARKUS_OIDC_AUTH_SERVER_URL="$issuer" \
QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
QUARKUS_PROFILE=prod,demo \
  java -jar api/target/quarkus-app/quarkus-run.jar >"$run/api.log" 2>&1 &
echo $! >"$run/api.pid"
wait_for "http://localhost:$port/q/health/ready" 120 "The API" || { tail -30 "$run/api.log"; stop_all; exit 1; }

(cd frontend && GEP_OIDC_AUTHORITY="$issuer" GEP_API_PROXY="http://127.0.0.1:$port" \
  exec node node_modules/vite/bin/vite.js preview --port 5173 --host 127.0.0.1 --strictPort) >"$run/app.log" 2>&1 &
echo $! >"$run/app.pid"
wait_for "http://127.0.0.1:5173/" 60 "The web app" || { tail -20 "$run/app.log"; stop_all; exit 1; }

cat <<MSG

GEP Monitor is running.
  Web app        http://localhost:5173   (sign in with a demo login below)
  API            http://localhost:$port/api/v1   (OpenAPI: http://localhost:$port/q/openapi)
  Health         http://localhost:$port/q/health
  Keycloak       http://localhost:$kc_port  (realm gender-equality; admin console: admin / admin)
  Logs           target/run/api.log, target/keycloak-${KEYCLOAK_PORT:-8180}/keycloak.log

Demo logins (password: demo): admin, coordinator, viewer, reporter.<org-unit> (e.g. reporter.ninh-kieu)
District systems (client credentials): system-<org-unit> / demo-secret-<org-unit>

  TOKEN=\$(curl -s $issuer/protocol/openid-connect/token \\
    -d grant_type=password -d client_id=gep-test -d username=coordinator -d password=demo \\
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  curl -H "Authorization: Bearer \$TOKEN" "http://localhost:$port/api/v1/attainment?period=2024&orgUnit=can-tho"

Stop: Ctrl+C here, or scripts/run.sh stop from another terminal.
MSG
wait "$(cat "$run/api.pid")" || true
stop_all
