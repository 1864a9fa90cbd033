#!/usr/bin/env bash
# The likely-signers goal of issue 7 (answers in ≤ 50 ms p50 with the UNGA data loaded), through
# GraphQL over HTTP as a front end calls it: starts the app on the backtest database (UN states, all
# UNGA votes, the 2019-2020 Xinjiang statements) and times, with bench/graphql-latency.py,
#   forStatement  likelySigners(forStatement: the Germany 2020 Third Committee statement, known: [a state]),
#                 every candidate with its reasons;
#   draft         likelySigners(draft: Xinjiang critical, lead UK, signatories [a state], countering the
#                 Cuba 2020 supportive statement, asOf 2021-01-01, body UNGA, first: 20),
# the known state taken in turn from 20 states. The response cache is off, so that every answer is
# computed. Also prints each query's first answer, which fits the model for its day (kept for later
# requests); the very first also runs on code not yet compiled.
#   export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64     # any JDK 21+
#   bash bench/likely-signers.sh                            # about a minute once the database is built
#   ROUNDS=1000 bash bench/likely-signers.sh                # more rounds per figure (300 by default)
# The database is built once into target/backtest-db by bench/backtest-db.sh, about two minutes the
# first time (`rm -rf` it to redo). Loopback only; a free port unless PORT is set; the start is
# bounded to 180 s.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/backtest-db.sh
rounds=${ROUNDS:-300}
port=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
url="http://127.0.0.1:$port/graphql"
log=$(mktemp /tmp/coalition-graph-bench.XXXXXX)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -f "$log"
}
trap cleanup EXIT

# The database as it is: no dataset loaded on start (the default loads the demo data into it).
"$java" -Xmx4g -cp "$classpath" org.coalitiongraph.CoalitionGraphApplication \
  --coalition.embedded.data-directory="$db" --coalition.datasets.load-on-start= --coalition.cache.enabled=false \
  --server.address=127.0.0.1 --server.port="$port" --coalition.embedded.bolt-port=0 >"$log" 2>&1 &
pid=$!
started=$(date +%s%N)
# Up, and the analytics projection read (it is read in the background once the app serves).
until [[ "$(curl -s -m 2 "http://127.0.0.1:$port/actuator/health" || true)" == *'"status":"UP"'* ]] \
    && grep -q 'Analytics projection read' "$log"; do
  if ! kill -0 "$pid" 2>/dev/null || (( ($(date +%s%N) - started) / 1000000000 > 180 )); then
    echo "The app did not start or read the graph (process ended or 180 s passed); log:"; tail -30 "$log"
    exit 1
  fi
  sleep 0.5
done
printf 'app up and projection read after %.1f s on %s\n' "$(echo "($(date +%s%N) - $started) / 1000000000" | bc -l)" "$db"

states=(state:FRA state:JPN state:BRA state:IND state:ZAF state:NGA state:MEX state:IDN state:TUR state:EGY
        state:SAU state:KEN state:ARG state:CHL state:NOR state:UKR state:QAT state:PHL state:PER state:SEN)
answer='signers { state { id name } probability reasons { text effect } }'
for_statement='query($actor: ID!) { likelySigners(forStatement: "stmt:unga3-2020-critical-germany39", known: [$actor]) { '"$answer"' } }'
draft='query($actor: ID!) { likelySigners(draft: {issues: [{issue: "issue:xinjiang", stance: "critical"}], lead: "state:GBR",
  signatories: [$actor], counters: ["stmt:unga3-2020-supportive-cuba45-xinjiang"], asOf: "2021-01-01", body: "UNGA"},
  first: 20) { '"$answer"' } }'

measure() {
  local label=$1 query=$2 body first
  body=$(python3 -c 'import json, sys; print(json.dumps({"query": sys.argv[1], "variables": {"actor": sys.argv[2]}}))' "$query" "${states[0]}")
  first=$(curl -s -o /dev/null -w '%{time_total}' -H 'content-type: application/json' -d "$body" "$url")
  printf '%-13s first answer %8.2f ms (fits the model for its day)\n' "$label" "$(echo "$first * 1000" | bc -l)"
  printf '%-13s ' "$label"
  python3 bench/graphql-latency.py "$url" "$rounds" "$query" "${states[@]}"
}
measure forStatement "$for_statement"
measure draft "$draft"
