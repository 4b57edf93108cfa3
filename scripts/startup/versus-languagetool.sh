#!/usr/bin/env bash
# Copydesk against LanguageTool's own command line, side by side (docs/performance.md, "Against
# LanguageTool, as a user runs them"): the README's `java -jar target/copydesk.jar check FILE` and
# `java org.languagetool.commandline.Main -l en-US FILE` (LanguageTool 6.8, the jars Copydesk ships,
# Java's defaults), each run in a new JVM, the variants taking turns run after run so whatever else the
# machine does falls on all of them alike. Prints per variant the median and range of the wall-clock time,
# the median CPU time (user + system, the process and its children) and peak resident memory, words per
# second, and the ratios to LanguageTool; the load average before and after.
#
#   mvn -B -q package -DskipTests
#   scripts/startup/versus-languagetool.sh [--runs N] [--before DIR] [--no-cache] FILE
#
#   --before DIR   also run DIR/copydesk.jar (an earlier build, with its lib/) as "before"
#   --no-cache     also run Copydesk with -Dcopydesk.startup.cache=false ("no-cache")
#
# Copydesk's data folder is a scratch folder kept for the whole run, so its start-up cache is written by
# an uncounted first run and read by the counted ones, as on a copy editor's machine after the first start.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=5
before=""
nocache=0
while [ $# -gt 1 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --before) before=$2; shift 2 ;;
    --no-cache) nocache=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
file=${1:?usage: versus-languagetool.sh [--runs N] [--before DIR] [--no-cache] FILE}
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package \"time\")" >&2; exit 2; }
[ -e target/copydesk.jar ] || { echo "missing target/copydesk.jar: mvn -B -q package -DskipTests" >&2; exit 2; }
ltjar=$(ls target/measure-lib/languagetool-commandline-*.jar | head -1)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export COPYDESK_CONFIG_DIR="$scratch/config" COPYDESK_DATA_DIR="$scratch/data"
words=$(wc -w <"$file")

names=(languagetool copydesk)
[ -n "$before" ] && names+=(before)
[ "$nocache" = 1 ] && names+=(no-cache)

run_variant() {
  case "$1" in
    languagetool) java -cp "target/copydesk.jar:$ltjar" org.languagetool.commandline.Main -l en-US "$file" ;;
    copydesk) java -jar target/copydesk.jar check "$file" ;;
    before) java -jar "$before/copydesk.jar" check "$file" ;;
    no-cache) java -Dcopydesk.startup.cache=false -jar target/copydesk.jar check "$file" ;;
  esac
}

# /usr/bin/time runs a command, so each run goes through bash -c with the function exported
export -f run_variant
export file ltjar before

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(java -version 2>&1 | head -1), $(basename "$file") ($words words), $runs runs each"
bash -c 'run_variant copydesk' >/dev/null 2>&1 || true   # writes the start-up cache; not counted
for ((i = 1; i <= runs; i++)); do
  for v in "${names[@]}"; do
    status=0
    /usr/bin/time -o "$scratch/one" -f '%e %U %S %M' bash -c "run_variant $v" >"$scratch/out" 2>"$scratch/err" || status=$?
    if [ "$status" -gt 1 ]; then
      echo "run failed (status $status): $v" >&2
      tail -5 "$scratch/err" >&2
      exit 1
    fi
    tail -1 "$scratch/one" >>"$scratch/$v"
  done
  echo "  round $i of $runs done, load $(cut -d' ' -f1 /proc/loadavg)" >&2
done
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
range() { sort -n | awk 'NR==1{lo=$1} {hi=$1} END {printf "%s-%s", lo, hi}'; }

lt_wall=$(awk '{print $1}' "$scratch/languagetool" | median)
lt_cpu=$(awk '{printf "%.2f\n", $2 + $3}' "$scratch/languagetool" | median)
lt_rss=$(awk '{printf "%.0f\n", $4 / 1024}' "$scratch/languagetool" | median)
printf '\n| variant | wall s, median (range) | CPU s, median | peak RSS MB, median | words/s | wall vs LT | CPU vs LT | RSS vs LT |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for v in "${names[@]}"; do
  f="$scratch/$v"
  wall=$(awk '{print $1}' "$f" | median)
  cpu=$(awk '{printf "%.2f\n", $2 + $3}' "$f" | median)
  rss=$(awk '{printf "%.0f\n", $4 / 1024}' "$f" | median)
  printf '| %s | %s (%s) | %s | %s | %.0f | %.2fx | %.2fx | %.2fx |\n' "$v" "$wall" "$(awk '{print $1}' "$f" | range)" \
    "$cpu" "$rss" "$(echo "$words / $wall" | bc -l)" "$(echo "$wall / $lt_wall" | bc -l)" \
    "$(echo "$cpu / $lt_cpu" | bc -l)" "$(echo "$rss / $lt_rss" | bc -l)"
done
