#!/usr/bin/env bash
# Benchmark of the UNGA votes import (870,109 votes, 6,203 roll calls): the whole CLI command
# `import-unvotes datasets/unvotes` from a fresh embedded database (JVM, app and database start,
# schema, checking the files, writing), then the same command again (nothing to write).
#   export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64                   # any JDK 21+
#   ./mvnw -B package -DskipTests && bash bench/unvotes-import.sh          # one run
#   RUNS=3 bash bench/unvotes-import.sh                                   # several runs
#   JAVA_OPTS="-Xmx512m" bash bench/unvotes-import.sh                     # other JVM options
#   JAR=/tmp/before.jar bash bench/unvotes-import.sh                      # another build, e.g. to compare side by side
#   bash bench/unvotes-import.sh --bolt                                   # votes through Cypher over Bolt, as into a server
#   bash bench/unvotes-import.sh --aot                                    # also through bin/coalition-graph, side by side
# The plain jar runs with the serial collector (as the README's commands) unless JAVA_OPTS chooses one.
# With --aot (JDK 25+), each round runs the plain jar (java $JAVA_OPTS -jar) and then the same command
# through bin/coalition-graph, the launcher the README gives for commands, with its AOT cache (made
# first if this build has none yet: the time it took is printed), so that their ratio is measured
# under the same load.
# Prints per run: the command's wall and CPU time; from the app's own lines, database start (it runs beside
# the app's own start; "waited" is what the app then still waited for it), schema, checking
# the files, and writing the votes into the running database (seconds, votes/s, the CPU time of the
# writing thread, which a busy machine does not inflate, and of all threads meanwhile: the difference
# is mostly the JIT compiling the write path on the other core); and the peak heap
# (the largest heap in use before a collection or at exit, from -Xlog:gc).
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=${JAR:-$(ls target/coalition-graph-*.jar 2>/dev/null | grep -v original | head -1 || true)}
[ -n "$jar" ] || { echo "No jar: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
extra=()
aot=false
for arg in "$@"; do
  case "$arg" in
    --bolt) extra+=(--coalition.unvotes.embedded-api=false) ;;
    --aot) aot=true ;;
    *) echo "Unknown option $arg" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d /tmp/coalition-graph-unvotes.XXXXXX)
trap 'rm -rf "$work"' EXIT

seconds() { printf "%.1f" "$(echo "($2 - $1) / 1000000000" | bc -l)"; }

run_once() {
  local label=$1 data=$2 log=$3 gc=$4 started ended start waited schema summary peak cpu launch
  started=$(date +%s%N)
  # CPU time (user + system) beside the wall time: on a shared machine it says what the work costs.
  local TIMEFORMAT='%U %S'
  # shellcheck disable=SC2086
  if [ "$launcher" = plain ]; then
    launch=("$java" "${plain_gc[@]}" ${JAVA_OPTS:-} -Xlog:gc,gc+heap+exit:file="$gc" -jar "$jar")
  else
    launch=(env JAVA_OPTS="${JAVA_OPTS:-} -Xlog:gc,gc+heap+exit:file=$gc" COALITION_JAR="$jar" bin/coalition-graph)
  fi
  { time "${launch[@]}" import-unvotes datasets/unvotes \
    --coalition.embedded.data-directory="$data" "${extra[@]}" >"$log" 2>&1 ; } 2>"$log.cpu" || {
    echo "$label: the command failed; its last lines:" >&2; tail -5 "$log" >&2; exit 1; }
  ended=$(date +%s%N)
  cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$log.cpu")
  start=$(grep -oE 'Embedded Neo4j started in [0-9]+ ms' "$log" | grep -oE '[0-9]+ ms' || echo '?')
  waited=$(grep -oE 'waited [0-9]+ ms' "$log" | grep -oE '[0-9]+ ms' || echo '-')
  schema=$(grep -oE 'Schema applied in [0-9]+ ms' "$log" | grep -oE '[0-9]+ ms' || echo '?')
  summary=$(grep '^Imported' "$log" | grep -oE 'checked in .*' || echo '(no summary: see the log)')
  # Heap in use before each collection ("123M->45M(512M)") and at exit ("used 123456K").
  peak=$(awk '{ while (match($0, /[0-9]+M->/)) { v = substr($0, RSTART, RLENGTH - 3) + 0; if (v > max) max = v; $0 = substr($0, RSTART + RLENGTH) } }
              /used [0-9]+K/ { match($0, /used [0-9]+K/); v = int(substr($0, RSTART + 5, RLENGTH - 6) / 1024); if (v > max) max = v }
              END { print max + 0 }' "$gc")
  printf '%-9s whole command %5s s (CPU %s s) | database start %s (waited %s), schema %s | %s | peak heap %s MB\n' \
    "$label" "$(seconds "$started" "$ended")" "$cpu" "$start" "$waited" "$schema" "$summary" "${peak:-?}"
}

# The plain jar with the launcher's collector (the serial one) unless JAVA_OPTS chooses one.
plain_gc=()
[[ " ${JAVA_OPTS:-} " == *" -XX:+Use"*GC" "* ]] || plain_gc=(-XX:+UseSerialGC)
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $("$java" -version 2>&1 | head -1)"
if $aot; then
  "$java" -XX:AOTCacheOutput=/dev/null -version >/dev/null 2>&1 || {
    echo "--aot needs a JDK 25 or later (set JAVA_HOME)" >&2; exit 2; }
  started=$(date +%s%N)
  COALITION_JAR="$jar" bin/coalition-graph aot-cache
  echo "AOT cache ready in $(seconds "$started" "$(date +%s%N)") s ($(du -m "$(dirname "$jar")/aot/app.aot" | cut -f1) MB)"
fi
for run in $(seq 1 "${RUNS:-1}"); do
  launcher=plain
  rm -rf "$work/neo4j"
  run_once "fresh" "$work/neo4j" "$work/fresh-$run.log" "$work/gc-fresh-$run.log"
  run_once "again" "$work/neo4j" "$work/again-$run.log" "$work/gc-again-$run.log"
  if $aot; then
    launcher=bin/coalition-graph
    rm -rf "$work/neo4j"
    run_once "fresh+aot" "$work/neo4j" "$work/fresh-aot-$run.log" "$work/gc-fresh-aot-$run.log"
    run_once "again+aot" "$work/neo4j" "$work/again-aot-$run.log" "$work/gc-again-aot-$run.log"
  fi
done
