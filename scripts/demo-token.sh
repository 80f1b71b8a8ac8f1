#!/usr/bin/env bash
# Prints an access token for a demo user of the running dev-mode API (scripts/run-dev.sh), e.g.
#   TOKEN=$(scripts/demo-token.sh coordinator)
#   curl -H "Authorization: Bearer $TOKEN" "http://localhost:8080/api/v1/attainment?period=2024"
# Users: admin, coordinator, viewer, reporter.<org-unit-code> (e.g. reporter.ninh-kieu).
set -euo pipefail
cd "$(dirname "$0")/.."
user="${1:?usage: scripts/demo-token.sh <user>}"
issuer=$(grep -oE 'oidc dev service is ready to accept connections on http://[^ ]+' target/run-dev.log \
  | tail -1 | awk '{print $NF}')
[ -n "$issuer" ] || { echo "the dev-mode API is not running (scripts/run-dev.sh)" >&2; exit 1; }
curl -sf -X POST "$issuer/token" \
  -d "grant_type=password&client_id=gep-api&username=$user&password=$user" \
  | tr -d "\n" | sed -E 's/.*"access_token" *: *"([^"]+)".*/\1/' | head -1
