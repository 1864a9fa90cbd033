#!/usr/bin/env bash
# Benchmark of the UNGA votes import (870,109 votes, 6,203 roll calls): the whole CLI command
# `import-unvotes datasets/unvotes` from a fresh embedded database (JVM, app and database start,
# schema, checking the files, writing), then the same command again (nothing to write).
#   ./mvnw -B package -DskipTests && bash bench/unvotes-import.sh          # one run
#   RUNS=3 bash bench/unvotes-import.sh                                   # several runs
#   JAVA_OPTS="-Xmx512m" bash bench/unvotes-import.sh                     # other JVM options
#   bash bench/unvotes-import.sh --bolt                                   # votes through Cypher over Bolt, as into a server
# Prints per run: the command's wall time; from the app's own lines, database start, schema, checking
# the files, and writing the votes into the running database (seconds and votes/s); and the peak heap
# (the largest heap in use before a collection or at exit, from -Xlog:gc).
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=$(ls target/coalition-graph-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$jar" ] || { echo "No jar: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
extra=()
if [ "${1:-}" = "--bolt" ]; then extra+=(--coalition.unvotes.embedded-api=false); fi
work=$(mktemp -d /tmp/coalition-graph-unvotes.XXXXXX)
trap 'rm -rf "$work"' EXIT

seconds() { echo "scale=1; ($2 - $1) / 1000000000" | bc -l; }

run_once() {
  local label=$1 data=$2 log=$3 gc=$4 started ended
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  "$java" ${JAVA_OPTS:-} -Xlog:gc,gc+heap+exit:file="$gc" -jar "$jar" import-unvotes datasets/unvotes \
    --coalition.embedded.data-directory="$data" "${extra[@]}" >"$log" 2>&1
  ended=$(date +%s%N)
  local start schema summary peak
  start=$(grep -o 'Embedded Neo4j started in [0-9]* ms' "$log" | grep -o '[0-9]*' || echo '?')
  schema=$(grep -o 'Schema applied in [0-9]* ms' "$log" | grep -o '[0-9]*' || echo '?')
  summary=$(grep -o 'checked in .*' "$log" || echo '(no summary: see the log)')
  # Heap in use before each collection ("123M->45M(512M)") and at exit ("used 123456K").
  peak=$( { grep -oE '[0-9]+M->' "$gc" | tr -d 'M->' ; grep -oE 'used [0-9]+K' "$gc" | grep -oE '[0-9]+' | awk '{print int($1/1024)}'; } \
    | sort -n | tail -1)
  printf '%-7s whole command %5s s | database start %s ms, schema %s ms | %s | peak heap %s MB\n' \
    "$label" "$(seconds "$started" "$ended")" "$start" "$schema" "$summary" "${peak:-?}"
}

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$java" -version 2>&1 | head -1)"
for run in $(seq 1 "${RUNS:-1}"); do
  rm -rf "$work/neo4j"
  run_once "fresh" "$work/neo4j" "$work/fresh-$run.log" "$work/gc-fresh-$run.log"
  run_once "again" "$work/neo4j" "$work/again-$run.log" "$work/gc-again-$run.log"
done
