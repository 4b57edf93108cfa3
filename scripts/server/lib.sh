# Shared by the server measurement scripts beside this file (sourced, not run). Everything they start
# listens on 127.0.0.1 only and is stopped when the script exits, however it exits.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$ROOT/target/server-measure"
# the same Java options for every server measured, so their memory figures compare
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC}
PIDS=()

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  PIDS=()
}
trap cleanup EXIT INT TERM

need_jar() {
  if [ ! -f "$ROOT/target/copydesk.jar" ] || [ ! -d "$ROOT/target/lib" ]; then
    (cd "$ROOT" && mvn -B -q package -DskipTests)
  fi
}

need_languagetool_server() {
  if [ ! -f "$ROOT/target/languagetool-server/languagetool-server-6.8.jar" ]; then
    mvn -B -q -f "$ROOT/scripts/server/languagetool-server.pom.xml" dependency:copy-dependencies
  fi
}

# start_copydesk NAME PORT WORKERS QUEUE: a Copydesk server in the background; its pid goes in PIDS
start_copydesk() {
  local name=$1 port=$2 workers=$3 queue=$4
  mkdir -p "$WORK"
  # shellcheck disable=SC2086
  java $SERVER_JAVA_OPTS -jar "$ROOT/target/copydesk.jar" serve --host 127.0.0.1 --port "$port" \
    --workers "$workers" --queue "$queue" --max-text-length 200000 >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  eval "${name}_PID=$!"
}

# start_languagetool NAME PORT THREADS CACHE: LanguageTool's own server, as its documentation runs it
start_languagetool() {
  local name=$1 port=$2 threads=$3 cache=$4
  mkdir -p "$WORK"
  printf 'maxCheckThreads=%s\npipelineCaching=true\ncacheSize=%s\nmaxTextLength=200000\n' "$threads" "$cache" \
    >"$WORK/$name.properties"
  # shellcheck disable=SC2086
  java $SERVER_JAVA_OPTS -cp "$ROOT/target/languagetool-server/*" org.languagetool.server.HTTPServer \
    --config "$WORK/$name.properties" --port "$port" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  eval "${name}_PID=$!"
}

# wait_ready URL SECONDS: until URL/v2/languages answers
wait_ready() {
  local url=$1 limit=$2 i
  for ((i = 0; i < limit * 5; i++)); do
    if curl -s -o /dev/null -m 2 "$url/v2/languages"; then
      return 0
    fi
    sleep 0.2
  done
  echo "no answer from $url after $limit s" >&2
  return 1
}

# load URL TEXT REQUESTS CONCURRENCY LIMIT_S fresh|repeat LABEL: one bounded load test, one line out
load() {
  java "$ROOT/scripts/server/LoadTest.java" "$@"
}

# cpu_ms PID: CPU time the process has used so far (user + system), in milliseconds
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"
}

# load_on PID ARGS…: load (ARGS as for load), adding the server's CPU time per answered request,
# which, unlike requests/s, does not depend on what else the machine is doing
load_on() {
  local pid=$1 before line ok
  shift
  before=$(cpu_ms "$pid")
  line=$(load "$@")
  ok=$(sed -n 's/.* ok=\([0-9]*\) .*/\1/p' <<<"$line")
  echo "$line cpu_ms_per_request=$(( ($(cpu_ms "$pid") - before) / (ok > 0 ? ok : 1) ))"
}

# peak_rss_mb PID: the most memory the process has held (VmHWM)
peak_rss_mb() {
  awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$1/status"
}

# live_heap_mb PID: heap in use after a full collection
live_heap_mb() {
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '
    /generation|garbage-first heap/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); total += v } }
    END { printf "%d", total / 1024 }'
}

# load_average: what else the machine is doing (figures from a busy machine are not comparable)
load_average() {
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
