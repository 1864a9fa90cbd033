#!/usr/bin/env bash
# JVM options for the UNGA import compared side by side: each round runs `import-unvotes datasets/unvotes`
# through bin/coalition-graph into a fresh data directory once per set of options given (as JAVA_OPTS,
# which come after the launcher's own and win over them), in turns, so that all sets share the
# machine's load. '' is the launcher as it is.
#   export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
#   ./mvnw -B package -DskipTests
#   ROUNDS=4 bash bench/jvm-options.sh '' '-XX:InitialRAMPercentage=1.5625 -XX:MetaspaceSize=21m'
# Prints per run: the whole command, the app's summary (writing time, votes/s, the writing thread's CPU),
# the collector's pauses (count and sum, from -Xlog:gc; ZGC logs none) and the peak heap in use.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "Give one or more sets of JVM options ('' for none)" >&2; exit 2; }
work=$(mktemp -d /tmp/coalition-graph-jvm-options.XXXXXX)
trap 'rm -rf "$work"' EXIT
bin/coalition-graph aot-cache 2>/dev/null || true
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "${ROUNDS:-3}"); do
  for options in "$@"; do
    rm -rf "$work/neo4j" "$work/gc.log"
    started=$(date +%s%N)
    JAVA_OPTS="$options -Xlog:gc:file=$work/gc.log" bin/coalition-graph import-unvotes datasets/unvotes \
      --coalition.embedded.data-directory="$work/neo4j" >"$work/run.log" 2>&1 || {
      echo "[$options] failed; its last lines:" >&2; tail -5 "$work/run.log" >&2; exit 1; }
    whole=$(echo "($(date +%s%N) - $started) / 1000000000" | bc -l)
    written=$(grep -oE 'written in [0-9.]+ s \([^)]*\)' "$work/run.log" || echo '(no summary)')
    pauses=$(awk '/Pause/ { n++; sub(/ms$/, "", $NF); ms += $NF } END { printf "%d pauses, %.0f ms", n, ms }' "$work/gc.log")
    # "123M->45M" (serial, parallel, G1) or "123M(3%)->4M(0%)" (ZGC)
    peak=$(grep -oE '[0-9]+M(\([0-9]+%\))?->' "$work/gc.log" | grep -oE '^[0-9]+' | sort -n | tail -1 || true)
    printf '%-50s whole %5.1f s | %s | %s | peak heap %s MB\n' "[${options:-launcher as it is}]" "$whole" \
      "$written" "$pauses" "${peak:-?}"
  done
done
