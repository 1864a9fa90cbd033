# Sourced by the benchmarks that run on all UNGA votes: compiles the tests, sets $java and $classpath,
# and imports the UNGA votes once into target/bench-unvotes-db (kept for later runs; `rm -rf` it to
# redo), whose path it leaves in $unvotes. Run from the project directory.
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
classpath="target/classes:target/test-classes:$(cat target/bench.classpath)"
unvotes=target/bench-unvotes-db
if [ ! -d "$unvotes" ]; then
  echo "Importing the UNGA votes into $unvotes (once)…"
  "$java" -cp "$classpath" org.coalitiongraph.CoalitionGraphApplication import-unvotes datasets/unvotes \
    --coalition.embedded.data-directory="$unvotes.tmp" >/dev/null
  mv "$unvotes.tmp" "$unvotes"
fi
