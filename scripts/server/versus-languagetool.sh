#!/usr/bin/env bash
# Copydesk's server against LanguageTool's own (org.languagetool:languagetool-server 6.8, run from its
# jars as its documentation runs it: pipelineCaching on), side by side in one run, each with one
# worker, on the same text and the same Java options, one after the other so neither steals the
# other's cores. Loopback only; every run is bounded in requests and time; all servers stop at the end.
#
#   scripts/server/versus-languagetool.sh [TEXT_FILE]     (default: the bundled sample article)
#
# Phases: fresh = every request's paragraphs are new (no cache can help; LanguageTool's sentence
# cache off); repeat = the same text every request, as an editor re-sending an unchanged document
# (Copydesk's paragraph cache against LanguageTool's sentence cache, cacheSize=1000).
# Prints requests/s per worker, p50/p95 latency, and memory: peak resident (VmHWM) and the heap in
# use after a full collection.
source "$(dirname "$0")/lib.sh"
TEXT=${1:-$ROOT/assets/samples/coastal-rail-reopening.txt}
FRESH=${FRESH_REQUESTS:-60}
REPEAT=${REPEAT_REQUESTS:-300}
CONCURRENCY=2
LIMIT=180
need_jar
need_languagetool_server
echo "text: $TEXT ($(wc -w <"$TEXT") words); Java options: $SERVER_JAVA_OPTS; $(nproc) cores; $(load_average)"

report_memory() {
  echo "$1 memory: peak_rss_mb=$(peak_rss_mb "$2") live_heap_mb=$(live_heap_mb "$2")"
}

start_copydesk copydesk 18281 1 4
wait_ready http://127.0.0.1:18281 180
load http://127.0.0.1:18281 "$TEXT" 10 2 60 fresh warm-up >/dev/null
load http://127.0.0.1:18281 "$TEXT" "$FRESH" $CONCURRENCY $LIMIT fresh "copydesk/1-worker fresh "
load http://127.0.0.1:18281 "$TEXT" "$REPEAT" $CONCURRENCY $LIMIT repeat "copydesk/1-worker repeat"
report_memory "copydesk/1-worker" "$copydesk_PID"
cleanup

start_languagetool languagetool 18282 1 0
wait_ready http://127.0.0.1:18282 180
load http://127.0.0.1:18282 "$TEXT" 10 2 60 fresh warm-up >/dev/null
load http://127.0.0.1:18282 "$TEXT" "$FRESH" $CONCURRENCY $LIMIT fresh "languagetool/1-thread fresh "
report_memory "languagetool/1-thread (cacheSize=0)" "$languagetool_PID"
cleanup

start_languagetool languagetool_cached 18283 1 1000
wait_ready http://127.0.0.1:18283 180
load http://127.0.0.1:18283 "$TEXT" 10 2 60 fresh warm-up >/dev/null
load http://127.0.0.1:18283 "$TEXT" "$REPEAT" $CONCURRENCY $LIMIT repeat "languagetool/1-thread repeat"
report_memory "languagetool/1-thread (cacheSize=1000)" "$languagetool_cached_PID"
echo "after: $(load_average)"
