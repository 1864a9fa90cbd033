#!/usr/bin/env bash
# The roll-call goal of issue 7 (see RollCallBacktestBenchmark): the backtest over UNGA sessions 60-74,
# the model beside both baselines, and likelyVotes cold and warm, on all UNGA votes.
#   export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64     # any JDK 21+
#   bash bench/votes.sh                                     # about a minute once the votes are imported
#   FROM=45 TO=59 bash bench/votes.sh                       # another window of sessions
# The UNGA votes are imported once into target/bench-unvotes-db (kept for later runs; `rm -rf` it to redo).
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
classpath="target/classes:target/test-classes:$(cat target/bench.classpath)"
unvotes=target/bench-unvotes-db
if [ ! -d "$unvotes" ]; then
  echo "Importing the UNGA votes into $unvotes (once)…"
  "$java" -cp "$classpath" org.coalitiongraph.CoalitionGraphApplication import-unvotes datasets/unvotes \
    --coalition.embedded.data-directory="$unvotes.tmp" >/dev/null
  mv "$unvotes.tmp" "$unvotes"
fi
"$java" -Xmx4g ${JAVA_OPTS:-} -Dfrom="${FROM:-60}" -Dto="${TO:-74}" -cp "$classpath" org.coalitiongraph.prediction.votes.RollCallBacktestBenchmark "$unvotes"
