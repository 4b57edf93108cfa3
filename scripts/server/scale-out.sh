#!/usr/bin/env bash
# Scale-out, shown: two Copydesk servers behind HAProxy (Debian's package) on loopback, against one
# server alone, under the same bounded load (fixed request count, time limit, loopback only). Each
# server has one worker, so two servers use two cores. Everything started here stops at the end.
#
#   scripts/server/scale-out.sh [TEXT_FILE]     (default: the bundled sample article)
#
# Needs haproxy: apt-get update && apt-get install haproxy (the script installs it when run as root).
# Prints requests/s and p50/p95 latency for one server and for two behind the balancer, for fresh
# texts (every paragraph new, no cache helps) and repeated ones (the paragraph cache answers).
source "$(dirname "$0")/lib.sh"
TEXT=${1:-$ROOT/assets/samples/coastal-rail-reopening.txt}
FRESH=${FRESH_REQUESTS:-80}
REPEAT=${REPEAT_REQUESTS:-400}
CONCURRENCY=4
LIMIT=180
WORKERS=1
QUEUE=3   # workers + queue = the client's concurrency: one server alone turns nobody away
if ! command -v haproxy >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null
  else
    echo "scale-out.sh needs haproxy: sudo apt-get update && sudo apt-get install haproxy" >&2
    exit 2
  fi
fi
need_jar
echo "text: $TEXT ($(wc -w <"$TEXT") words); $(haproxy -v | sed -n 1p | cut -d' ' -f1-3);" \
  "each server --workers $WORKERS --queue $QUEUE; Java options: $SERVER_JAVA_OPTS; $(nproc) cores; $(load_average)"

start_copydesk server_a 18381 $WORKERS $QUEUE
start_copydesk server_b 18382 $WORKERS $QUEUE
mkdir -p "$WORK"
# the balancer holds a server's excess in its own queue (maxconn = workers + queue), so the servers'
# 503s are a last resort; the health check takes a stopped server out of the rotation
cat >"$WORK/haproxy.cfg" <<CFG
global
  maxconn 512
defaults
  mode http
  timeout connect 5s
  timeout client 120s
  timeout server 120s
  timeout queue 60s
frontend copydesk
  bind 127.0.0.1:18380
  default_backend copydesk_servers
backend copydesk_servers
  balance leastconn
  option httpchk GET /v2/healthcheck
  server a 127.0.0.1:18381 check inter 2s maxconn $((WORKERS + QUEUE))
  server b 127.0.0.1:18382 check inter 2s maxconn $((WORKERS + QUEUE))
CFG
haproxy -c -q -f "$WORK/haproxy.cfg"
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
wait_ready http://127.0.0.1:18381 180
wait_ready http://127.0.0.1:18382 180
wait_ready http://127.0.0.1:18380 30
for port in 18381 18382; do
  load http://127.0.0.1:$port "$TEXT" 10 2 60 fresh warm-up 100000 >/dev/null
done
# each run also says how much CPU time each server spent on it: behind the balancer both work
run() {
  local a0 b0 line
  a0=$(cpu_ms "$server_a_PID")
  b0=$(cpu_ms "$server_b_PID")
  line=$(load "$@")
  echo "$line server_a_cpu_s=$(( ($(cpu_ms "$server_a_PID") - a0) / 1000 )) server_b_cpu_s=$(( ($(cpu_ms "$server_b_PID") - b0) / 1000 ))"
}
run http://127.0.0.1:18381 "$TEXT" "$FRESH" $CONCURRENCY $LIMIT fresh  "one-server fresh  "
# texts numbered on from where the first run stopped: server a has the first run's in its cache
run http://127.0.0.1:18380 "$TEXT" "$FRESH" $CONCURRENCY $LIMIT fresh  "two-behind-haproxy fresh  " "$FRESH"
run http://127.0.0.1:18381 "$TEXT" "$REPEAT" $CONCURRENCY $LIMIT repeat "one-server repeat "
run http://127.0.0.1:18380 "$TEXT" "$REPEAT" $CONCURRENCY $LIMIT repeat "two-behind-haproxy repeat "
echo "after: $(load_average)"
