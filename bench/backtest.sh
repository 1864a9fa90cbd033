#!/usr/bin/env bash
# The backtest of issue 7, one command: every UNGA roll call and every statement with a complete list
# dated in the window is predicted from earlier data only and scored beside the baselines; prints
# the table (the `backtest` CLI command, the same as the `backtest` GraphQL query).
#   export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64     # any JDK 21+
#   bash bench/backtest.sh                                  # 2005-09-13 .. 2020-12-31: UNGA 60-74 and the 2019-2020 statements
#   FROM=2019-01-01 TO=2020-12-31 bash bench/backtest.sh    # another window
# The database (UN states, all UNGA votes, the 2019-2020 Xinjiang statements as printed) is built
# once into target/backtest-db, about two minutes; `rm -rf` it to redo.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/unvotes-db.sh
db=target/backtest-db
app=org.coalitiongraph.CoalitionGraphApplication
if [ ! -d "$db" ]; then
  echo "Adding the UN states and the 2019-2020 statements to a copy of the UNGA votes in $db (once)…"
  rm -rf "$db.tmp"
  cp -r "$unvotes" "$db.tmp"
  "$java" -cp "$classpath" "$app" import-statements src/test/resources/ingest/xinjiang-statements-2019-2020/statements.json \
    --coalition.embedded.data-directory="$db.tmp" --coalition.datasets.load-on-start=un-states \
    --spring.main.lazy-initialization=false --logging.level.root=warn >/dev/null
  mv "$db.tmp" "$db"
fi
"$java" -Xmx4g -cp "$classpath" "$app" backtest "${FROM:-2005-09-13}" "${TO:-2020-12-31}" \
  --coalition.embedded.data-directory="$db" 2>/dev/null | grep -v -E '^[0-9:. -]+ (INFO|WARN) '
