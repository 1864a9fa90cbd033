#!/usr/bin/env bash
# The analytics goals of issue 6, measured side by side in one run (see AnalyticsBenchmark):
# mostAligned by VOTES through GraphQL beside the plain Cypher answer on all UNGA votes, network and
# blocs over a decade, a write until it shows, and coSigners on a generated graph of 1M signatures.
#   export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64     # any JDK 21+
#   bash bench/analytics.sh                                 # about 5 minutes
#   ROUNDS=500 bash bench/analytics.sh                      # more rounds per figure
# The UNGA votes are imported once into target/bench-unvotes-db (kept for later runs; `rm -rf` it to redo).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/unvotes-db.sh
generated=$(mktemp -d /tmp/coalition-graph-bench.XXXXXX)
trap 'rm -rf "$generated"' EXIT
"$java" -Xmx4g -Drounds="${ROUNDS:-200}" -cp "$classpath" org.coalitiongraph.alignment.AnalyticsBenchmark "$unvotes" "$generated/neo4j"
