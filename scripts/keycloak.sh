#!/usr/bin/env bash
# Keycloak for GEP Monitor without Docker: fetched from Maven Central, run on 127.0.0.1:8180
# (management 9180) with the gender-equality realm imported fresh at every start. KEYCLOAK_PORT
# runs another server on another port (management port + 1000), with its own installation.
#   scripts/keycloak.sh start   fetch if needed, start, wait until the realm answers
#   scripts/keycloak.sh stop    stop the server started by `start` (by its PID)
#   scripts/keycloak.sh status
# The issuer is fixed (--hostname) so that every token's `iss` is
# http://localhost:8180/realms/gender-equality. The master realm's admin (for the admin console
# and the tests' admin calls) is admin / admin: local use only.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="${KEYCLOAK_VERSION:-26.7.3}"
cache="${GEP_CACHE:-$HOME/.cache/gep-monitor}"
port="${KEYCLOAK_PORT:-8180}"
# one installation per port, so that servers on different ports never share a database
home="$cache/keycloak-$version-port$port"
run="$root/target/keycloak-$port"
issuer="http://localhost:$port/realms/gender-equality"

fetch() {
  [ -x "$home/bin/kc.sh" ] && return
  mkdir -p "$cache"
  zip="$cache/keycloak-quarkus-dist-$version.zip"
  if [ ! -f "$zip" ]; then
    echo "Fetching Keycloak $version from Maven Central (about 180 MB, once)..."
    "$root/mvnw" -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" \
      -DoutputDirectory="$cache"
  fi
  tmp="$(mktemp -d "$cache/unzip.XXXXXX")"
  unzip -q "$zip" -d "$tmp"
  mv "$tmp/keycloak-$version" "$home"
  rmdir "$tmp"
}

running() { [ -f "$run/pid" ] && kill -0 "$(cat "$run/pid")" 2>/dev/null; }

start() {
  if running; then echo "Keycloak already running (PID $(cat "$run/pid"))"; return; fi
  fetch
  mkdir -p "$run"
  # a fresh realm at every start: --import-realm skips a realm that already exists
  rm -rf "$home/data/h2" "$home/data/import"
  mkdir -p "$home/data/import"
  cp "$root/deploy/keycloak/gender-equality-realm.json" "$home/data/import/"
  if [ "${GEP_KEYCLOAK_TEST_REALMS:-1}" = 1 ]; then
    cp "$root/deploy/keycloak/test/other-realm.json" "$home/data/import/"
  fi
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    nohup "$home/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" \
      --http-management-port=$((port + 1000)) --health-enabled=true --import-realm \
      --hostname="http://localhost:$port" >"$run/keycloak.log" 2>&1 &
  echo $! >"$run/pid"
  echo -n "Starting Keycloak $version on http://localhost:$port (log: target/keycloak-$port/keycloak.log) "
  for _ in $(seq 1 240); do
    if curl -sf "$issuer/.well-known/openid-configuration" >/dev/null 2>&1; then
      echo " ready"; return
    fi
    if ! running; then echo; tail -30 "$run/keycloak.log"; echo "Keycloak stopped" >&2; exit 1; fi
    echo -n "."; sleep 1
  done
  echo; echo "Keycloak did not answer within 240 s" >&2; exit 1
}

stop() {
  if ! running; then echo "Keycloak is not running"; rm -f "$run/pid"; return; fi
  pid=$(cat "$run/pid")
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$run/pid"
  echo "Keycloak stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running (PID $(cat "$run/pid"))"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
