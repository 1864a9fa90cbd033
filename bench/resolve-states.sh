#!/usr/bin/env bash
# Times the state resolver on 10,000 names in process (see ResolveStatesBenchmark). No database needed.
#   bash bench/resolve-states.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.coalitiongraph.resolve.ResolveStatesBenchmark
