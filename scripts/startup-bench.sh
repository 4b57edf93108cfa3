#!/usr/bin/env bash
# Start-up figures for docs/performance.md ("Start-up"): a cold `check` of a 1,000-word article
# (scripts/startup/town-library-budget.txt), each run in a new JVM, from launch to the report
# (the process exits right after printing it). The variants take turns, run after run, so that
# whatever else the machine is doing falls on all of them alike; it prints the median and the
# range of the wall-clock time, the CPU time (user + system) and the peak resident memory.
#
#   mvn -B -Ppackage package -DskipTests     # target/copydesk.jar and target/dist/Copydesk
#   scripts/startup-bench.sh [RUNS]          # RUNS per variant, default 7
#   scripts/startup-bench.sh --desk [RUNS]   # the desk: launch to first underlines on the sample
#
# Variants (check):
#   jar          java -jar target/copydesk.jar check FILE   (the system's JDK 17; how it ran before)
#   image-nocds  bin/Copydesk check FILE with class-data sharing off (JAVA_TOOL_OPTIONS=-Xshare:off)
#   image        bin/Copydesk check FILE as packaged (jlinked runtime + AppCDS archive)
# Each run gets empty settings and data folders (no personal dictionary, no recovery copies). Needs /usr/bin/time
# (Debian package "time") for memory; without it, bash's `time` gives the times alone.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=check
if [ "${1:-}" = "--desk" ]; then
  mode=desk
  shift
fi
runs=${1:-7}
article=scripts/startup/town-library-budget.txt
image=target/dist/Copydesk/bin/Copydesk
sample=assets/samples/coastal-rail-reopening.txt
for f in target/copydesk.jar "$image"; do
  [ -e "$f" ] || { echo "missing $f: run mvn -B -Ppackage package -DskipTests first" >&2; exit 2; }
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if [ "$mode" = check ]; then
  names=(jar image-nocds image)
  run_variant() {
    case "$1" in
      jar) measure java -jar target/copydesk.jar check "$article" ;;
      image-nocds) JAVA_TOOL_OPTIONS=-Xshare:off measure "$image" check "$article" ;;
      image) measure "$image" check "$article" ;;
    esac
  }
else
  # The desk prints "copydesk.startup: first underlines after N ms" and quits when
  # COPYDESK_STARTUP_PROBE=1 and the measurement jar is loaded as an agent (the probe is not in
  # the product: docs/development.md "Measure"; a display is needed: xvfb-run -a this script).
  export COPYDESK_STARTUP_PROBE=1
  probe="-javaagent:$PWD/target/copydesk-measure.jar"
  export JAVA_TOOL_OPTIONS="$probe"
  names=(jar image-nocds image)
  run_variant() {
    case "$1" in
      jar) measure java -jar target/copydesk.jar "$sample" ;;
      image-nocds) JAVA_TOOL_OPTIONS="-Xshare:off $probe" measure "$image" "$sample" ;;
      image) measure "$image" "$sample" ;;
    esac
  }
fi

# measure CMD...: appends "wall user sys maxrss_kb" to $scratch/$current
measure() {
  local status=0
  # a fresh, empty settings and data folder for every run: no dictionary, no recovery copies
  rm -rf "$scratch/config" "$scratch/data"
  export COPYDESK_CONFIG_DIR="$scratch/config" COPYDESK_DATA_DIR="$scratch/data"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -o "$scratch/one" -f '%e %U %S %M' "$@" >"$scratch/out" 2>"$scratch/err" || status=$?
  else
    local TIMEFORMAT='%R %U %S 0'
    { time "$@" >"$scratch/out" 2>"$scratch/err"; } 2>"$scratch/one" || status=$?
  fi
  # check: 0 no issues, 1 issues found; anything else is a failure of the run
  if [ "$status" -gt 1 ]; then
    echo "run failed (status $status): $*" >&2
    cat "$scratch/err" >&2
    exit 1
  fi
  tail -1 "$scratch/one" >>"$scratch/$current"
  if [ "$mode" = desk ]; then
    grep -o 'first underlines after [0-9]* ms' "$scratch/out" "$scratch/err" | grep -o '[0-9]* ms' \
      | head -1 | tr -d ' ms' >>"$scratch/$current.probe" || true
  fi
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(java -version 2>&1 | head -1), $runs runs each, $mode"
for ((i = 1; i <= runs; i++)); do
  for current in "${names[@]}"; do
    run_variant "$current"
  done
  echo "  round $i of $runs done" >&2
done

median() { sort -n | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
range() { sort -n | awk 'NR==1{lo=$1} {hi=$1} END {printf "%s-%s", lo, hi}'; }

printf '\n| variant | wall s, median (range) | CPU s (user+sys), median | peak RSS MB, median |'
[ "$mode" = desk ] && printf ' first underlines ms, median (range) |'
printf '\n|---|---|---|---|'
[ "$mode" = desk ] && printf '%s' '---|'
printf '\n'
for current in "${names[@]}"; do
  f="$scratch/$current"
  wall=$(awk '{print $1}' "$f" | median)
  wall_range=$(awk '{print $1}' "$f" | range)
  cpu=$(awk '{printf "%.2f\n", $2 + $3}' "$f" | median)
  rss=$(awk '{printf "%.0f\n", $4 / 1024}' "$f" | median)
  printf '| %s | %s (%s) | %s | %s |' "$current" "$wall" "$wall_range" "$cpu" "$rss"
  if [ "$mode" = desk ]; then
    printf ' %s (%s) |' "$(median <"$f.probe")" "$(range <"$f.probe")"
  fi
  printf '\n'
done
