#!/usr/bin/env bash
# Copydesk's server against LanguageTool's own (org.languagetool:languagetool-server 6.8, run from its
# jars as its documentation runs it: pipelineCaching on), side by side in one run: each with one
# worker, the same Java options, the same text, the same bounded load (two client threads), in
# alternating rounds (Copydesk, LanguageTool, Copydesk, …) so that whatever else the machine does
# falls on both alike. Loopback only; every run is bounded in requests and time; all servers stop
# at the end.
#
#   scripts/server/versus-languagetool.sh [TEXT_FILE]     (default: the bundled sample article)
#
# fresh = every request's paragraphs are new (no cache can help; LanguageTool's sentence cache
# off); repeat = the same text every request, as an editor re-sending an unchanged document
# (Copydesk's paragraph cache against LanguageTool's sentence cache, cacheSize=1000, a second
# LanguageTool process). Prints requests/s per worker and p50/p95 latency per round and in total,
# the server's CPU time per request (which, unlike requests/s, does not depend on what else the
# machine is doing), and memory: peak resident (VmHWM) and the heap in use after a full collection.
source "$(dirname "$0")/lib.sh"
TEXT=${1:-$ROOT/assets/samples/coastal-rail-reopening.txt}
ROUNDS=${ROUNDS:-4}
FRESH=${FRESH_REQUESTS:-20}     # per round and server
REPEAT=${REPEAT_REQUESTS:-100}  # per round and server
CONCURRENCY=2
LIMIT=120
need_jar
need_languagetool_server
echo "text: $TEXT ($(wc -w <"$TEXT") words); Java options: $SERVER_JAVA_OPTS; $(nproc) cores; $(load_average)"

start_copydesk copydesk 18281 1 4
start_languagetool languagetool 18282 1 0
start_languagetool languagetool_cached 18283 1 1000
for port in 18281 18282 18283; do
  wait_ready http://127.0.0.1:$port 240
  load http://127.0.0.1:$port "$TEXT" 10 2 60 fresh warm-up 100000 >/dev/null
done

OUT="$WORK/versus.txt"
: >"$OUT"
for ((r = 0; r < ROUNDS; r++)); do
  load_on "$copydesk_PID" http://127.0.0.1:18281 "$TEXT" "$FRESH" $CONCURRENCY $LIMIT fresh copydesk-fresh $((r * FRESH)) | tee -a "$OUT"
  load_on "$languagetool_PID" http://127.0.0.1:18282 "$TEXT" "$FRESH" $CONCURRENCY $LIMIT fresh languagetool-fresh $((r * FRESH)) | tee -a "$OUT"
  load_on "$copydesk_PID" http://127.0.0.1:18281 "$TEXT" "$REPEAT" $CONCURRENCY $LIMIT repeat copydesk-repeat | tee -a "$OUT"
  load_on "$languagetool_cached_PID" http://127.0.0.1:18283 "$TEXT" "$REPEAT" $CONCURRENCY $LIMIT repeat languagetool-repeat | tee -a "$OUT"
done
echo "--- totals (one worker each, so requests/s is requests/s per worker)"
awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
       ok[$1] += v["ok"]; s[$1] += v["seconds"]; busy[$1] += v["busy"]; failed[$1] += v["failed"]
       cpu[$1] += v["cpu_ms_per_request"] * v["ok"] }
     END { for (k in ok) printf "%-20s ok=%d busy=%d failed=%d rps_per_worker=%.2f cpu_ms_per_request=%.0f\n",
             k, ok[k], busy[k], failed[k], ok[k] / s[k], cpu[k] / ok[k] }' \
  "$OUT" | sort
echo "copydesk (1 worker) memory: peak_rss_mb=$(peak_rss_mb "$copydesk_PID") live_heap_mb=$(live_heap_mb "$copydesk_PID")"
echo "languagetool (1 thread, cacheSize=0) memory: peak_rss_mb=$(peak_rss_mb "$languagetool_PID") live_heap_mb=$(live_heap_mb "$languagetool_PID")"
echo "languagetool (1 thread, cacheSize=1000) memory: peak_rss_mb=$(peak_rss_mb "$languagetool_cached_PID") live_heap_mb=$(live_heap_mb "$languagetool_cached_PID")"
echo "after: $(load_average)"
