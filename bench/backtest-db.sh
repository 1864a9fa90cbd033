# Sourced by the benchmarks that need the statements beside all UNGA votes: sources unvotes-db.sh
# (which sets $java and $classpath and leaves the UNGA votes in $unvotes), then adds the UN states and
# the 2019-2020 Xinjiang statements as printed to a copy of those votes in target/backtest-db, once,
# about two minutes (kept for later runs; `rm -rf` it to redo), whose path it leaves in $db.
# Run from the project directory.
. bench/unvotes-db.sh
db=target/backtest-db
if [ ! -d "$db" ]; then
  echo "Adding the UN states and the 2019-2020 statements to a copy of the UNGA votes in $db (once)…"
  rm -rf "$db.tmp"
  cp -r "$unvotes" "$db.tmp"
  "$java" -cp "$classpath" org.coalitiongraph.CoalitionGraphApplication import-statements src/test/resources/ingest/xinjiang-statements-2019-2020/statements.json \
    --coalition.embedded.data-directory="$db.tmp" --coalition.datasets.load-on-start=un-states \
    --spring.main.lazy-initialization=false --logging.level.root=warn >/dev/null
  mv "$db.tmp" "$db"
fi
