#!/usr/bin/env bash
# Fault (f) / scaling out: two API instances on one database behind nginx (round robin), under wrk,
# against one instance alone in the same run.
#   faults/nginx-two.sh [wrk seconds, default 60] [connections, default 32]
source "$(dirname "$0")/lib.sh"
DURATION=${1:-60}
CONNS=${2:-32}
: "${API_PORT:=8243}" "${API_PORT2:=8244}" "${NGINX_PORT:=8248}"
begin nginx
start_api "$API_PORT"
start_api "$API_PORT2"
bench reference --provinces 2 --communes 50 --years 1 --first-year 2030 > /dev/null
bench body --submissions 50 --out "$OUT/nginx.json" > /dev/null
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $(token c coordinator)" -H 'Content-Type: application/json' --data-binary @"$OUT/nginx.json" "http://127.0.0.1:$API_PORT/api/v1/imports"
bench approve > /dev/null
NGX=$OUT/nginx
mkdir -p "$NGX/logs"
cat > "$NGX/nginx.conf" <<CONF
worker_processes 1;
pid $NGX/nginx.pid;
error_log $NGX/logs/error.log;
events { worker_connections 1024; }
http {
  access_log $NGX/logs/access.log combined;
  log_format up '\$upstream_addr \$status';
  upstream gep { server 127.0.0.1:$API_PORT; server 127.0.0.1:$API_PORT2; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    access_log $NGX/logs/upstream.log up;
    location / { proxy_pass http://gep; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host; }
  }
}
CONF
nginx -p "$NGX" -c "$NGX/nginx.conf"
trap 'cleanup; nginx -p "$NGX" -c "$NGX/nginx.conf" -s stop 2>/dev/null || true' EXIT
VIEWER=$(token nginx-viewer viewer)
PATH_Q="/api/v1/attainment/summary?period=2030&orgUnit=p01"
run_wrk() { wrk -t2 -c"$CONNS" -d"${DURATION}"s --latency -H "Authorization: Bearer $VIEWER" "$1" > "$2"; }
# both instances warm (token keys fetched, code compiled) before either is measured
for port in "$API_PORT" "$API_PORT2"; do
  for _ in $(seq 1 30); do curl -s -o /dev/null -H "Authorization: Bearer $VIEWER" "http://127.0.0.1:$port$PATH_Q"; done
done
log "wrk $DURATION s, $CONNS connections: one instance, then two behind nginx"
run_wrk "http://127.0.0.1:$API_PORT$PATH_Q" "$OUT/nginx-one.txt"
run_wrk "http://127.0.0.1:$NGINX_PORT$PATH_Q" "$OUT/nginx-two.txt"
rps() { awk '/Requests\/sec/ { printf "%.0f", $2 }' "$1"; }
p99() { awk '$1 == "99%" { print $2 }' "$1"; }
errs() { awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"; }
A=$(grep -c "127.0.0.1:$API_PORT 200" "$NGX/logs/upstream.log" || true)
B=$(grep -c "127.0.0.1:$API_PORT2 200" "$NGX/logs/upstream.log" || true)
ok=1
[ "$(errs "$OUT/nginx-two.txt")" = 0 ] && [ "$A" -gt 0 ] && [ "$B" -gt 0 ] && ok=0
verdict nginx-two $ok "one instance $(rps "$OUT/nginx-one.txt") req/s p99 $(p99 "$OUT/nginx-one.txt"); two behind nginx $(rps "$OUT/nginx-two.txt") req/s p99 $(p99 "$OUT/nginx-two.txt"), errors $(errs "$OUT/nginx-two.txt"), answered $A / $B per instance (on $(nproc) cores shared by both)"
exit $FAILED
