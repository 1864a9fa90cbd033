#!/usr/bin/env bash
# The roll-call goal of issue 7 (see RollCallBacktestBenchmark): the backtest over UNGA sessions 60-74,
# the model beside both baselines, and likelyVotes cold and warm, on all UNGA votes.
#   export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64     # any JDK 21+
#   bash bench/votes.sh                                     # about a minute once the votes are imported
#   FROM=45 TO=59 bash bench/votes.sh                       # another window of sessions
# The UNGA votes are imported once into target/bench-unvotes-db (kept for later runs; `rm -rf` it to redo).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/unvotes-db.sh
"$java" -Xmx4g -Dfrom="${FROM:-60}" -Dto="${TO:-74}" -cp "$classpath" org.coalitiongraph.prediction.votes.RollCallBacktestBenchmark "$unvotes"
