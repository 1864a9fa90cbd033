#!/usr/bin/env bash
# The backtest of issue 7, one command: every UNGA roll call and every statement with a complete list
# dated in the window is predicted from earlier data only and scored beside the baselines; prints
# the table (the `backtest` CLI command, the same as the `backtest` GraphQL query).
#   export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64     # any JDK 21+
#   bash bench/backtest.sh                                  # 2005-09-13 .. 2020-12-31: UNGA 60-74 and the 2019-2020 statements
#   FROM=2019-01-01 TO=2020-12-31 bash bench/backtest.sh    # another window
# The database (UN states, all UNGA votes, the 2019-2020 Xinjiang statements as printed) is built
# once into target/backtest-db by bench/backtest-db.sh, about two minutes; `rm -rf` it to redo.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/backtest-db.sh
app=org.coalitiongraph.CoalitionGraphApplication
"$java" -Xmx4g -cp "$classpath" "$app" backtest "${FROM:-2005-09-13}" "${TO:-2020-12-31}" \
  --coalition.embedded.data-directory="$db" 2>/dev/null | grep -v -E '^[0-9:. -]+ (INFO|WARN) '
