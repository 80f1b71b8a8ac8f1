#!/usr/bin/env bash
# Runs the API in dev mode on an embedded PostgreSQL with the 2024 plan and the demo data set,
# and Quarkus's in-process OIDC server for demo tokens (see scripts/demo-token.sh).
# Stop it with Ctrl+C. Set PORT to serve elsewhere than 8080.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
./mvnw -B -Pembedded-postgres -pl api quarkus:dev -Dquarkus.http.port="${PORT:-8080}" -Dquarkus.console.enabled=false \
  | tee target/run-dev.log
