#!/usr/bin/env bash
# Time from the README's run command to the first GraphQL answer, on a fresh embedded database
# (first start: schema + demo dataset) and again on the same database (restart).
#   bash bench/first-answer.sh            # uses ./mvnw spring-boot:run, as the README does
#   bash bench/first-answer.sh --jar      # uses the packaged jar (./mvnw package -DskipTests first)
#   bash bench/first-answer.sh --launcher # uses bin/coalition-graph (the packaged jar, its AOT cache made first)
# Loopback only; each start is bounded to 180 s.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-mvn}
port=${PORT:-18080}
data=$(mktemp -d /tmp/coalition-graph-bench.XXXXXX)
trap 'rm -rf "$data"' EXIT
query='{"query":"{ coSigners(actor: \"org:ishr\", first: 50) { count } }"}'
args="--server.port=$port --coalition.embedded.data-directory=$data/neo4j --coalition.embedded.bolt-port=0"

start_app() {
  if [ "$mode" = "--jar" ]; then
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar target/coalition-graph-*.jar $args >"$data/app.log" 2>&1 &
  elif [ "$mode" = "--launcher" ]; then
    bin/coalition-graph $args >"$data/app.log" 2>&1 &
  else
    ./mvnw -q spring-boot:run -Dspring-boot.run.arguments="$args" >"$data/app.log" 2>&1 &
  fi
  echo $!
}

time_first_answer() {
  local label=$1 started pid answer
  started=$(date +%s%N)
  pid=$(start_app)
  for _ in $(seq 1 1800); do
    answer=$(curl -s -m 2 -H 'content-type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" || true)
    if [[ "$answer" == *'"count":1'* ]]; then
      printf '%-8s first answer after %5.1f s (%s co-signers of ISHR)\n' "$label" \
        "$(echo "($(date +%s%N) - $started) / 1000000000" | bc -l)" "$(grep -o '"count"' <<<"$answer" | wc -l)"
      kill "$pid"; wait "$pid" 2>/dev/null || true
      pkill -f "server.port=$port" 2>/dev/null || true
      sleep 2
      return
    fi
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.1
  done
  echo "$label: no answer (process ended or 180 s passed); log:"; tail -30 "$data/app.log"
  kill "$pid" 2>/dev/null || true
  exit 1
}

# The cache is made once per build, not at each start: made (or found) before the clock starts.
[ "$mode" != "--launcher" ] || bin/coalition-graph aot-cache || true
time_first_answer "first"
time_first_answer "restart"
