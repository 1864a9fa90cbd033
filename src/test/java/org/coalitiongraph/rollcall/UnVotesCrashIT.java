package org.coalitiongraph.rollcall;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.coalitiongraph.CoalitionGraphApplication;
import org.coalitiongraph.TestNeo4j;
import org.coalitiongraph.embedded.EmbeddedNeo4j;
import org.coalitiongraph.embedded.EmbeddedNeo4jProperties;
import org.junit.jupiter.api.Test;

/**
 * Crash safety as the issue asks for it: {@code import-unvotes} runs as a user runs it, in a JVM of its
 * own on a fresh embedded database, and is killed with SIGKILL once its progress shows votes written.
 * The database, opened again (Neo4j recovers from its transaction log), holds only whole roll calls:
 * every roll call statement there has exactly its rows of the file. The command run again completes
 * the import, with exactly 870,109 VOTED edges and no statement or edge twice.
 */
class UnVotesCrashIT {

    private static final Path SHIPPED = Path.of("datasets", "unvotes").toAbsolutePath();
    private static final Pattern PROGRESS = Pattern.compile("import-unvotes: ([\\d,]+) of ([\\d,]+) votes");
    private static final int ROLL_CALLS = 6_203;
    private static final long VOTES = 870_109;

    @Test
    void aKilledImportLeavesNoPartialRollCallAndCompletesWhenRunAgain() throws Exception {
        var data = TestNeo4j.freshDirectory();
        var log = Path.of("target", "unvotes-crash-it.log").toAbsolutePath();
        var expected = votesPerRollCall();

        var killed = importCommand(data);
        try (var output = new PrintWriter(Files.newBufferedWriter(log), true)) {
            var firstProgress = new CompletableFuture<Long>();
            var reader = Thread.ofPlatform().daemon().start(() -> copy(killed, output, firstProgress));
            long writtenWhenKilled = firstProgress.get(300, SECONDS);
            killed.destroyForcibly().waitFor(60, SECONDS);
            reader.join(10_000);
            // 128 + 9: SIGKILL, not a clean end.
            assertThat(killed.exitValue()).as("see " + log).isEqualTo(137);
            assertThat(writtenWhenKilled).isBetween(1L, VOTES - 1);
        }

        var afterKill = inspect(data);
        assertThat(afterKill.rollCalls()).as("roll calls committed before the kill").isBetween(1, ROLL_CALLS - 1);
        assertThat(afterKill.withoutHash()).isZero();
        assertThat(afterKill.votesPerRollCall()).allSatisfy((rcid, votes) ->
                assertThat(votes).as("votes of roll call %s", rcid).isEqualTo(expected.get(rcid)));

        var again = importCommand(data);
        var output = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.waitFor(600, SECONDS)).isTrue();
        Files.writeString(log, output, java.nio.file.StandardOpenOption.APPEND);
        assertThat(again.exitValue()).as(output).isZero();
        assertThat(output).contains(String.format(java.util.Locale.ROOT, "6,203 roll calls (%,d new, 0 rewritten as changed, %,d unchanged)",
                ROLL_CALLS - afterKill.rollCalls(), afterKill.rollCalls()));

        var completed = inspect(data);
        assertThat(completed.rollCalls()).isEqualTo(ROLL_CALLS);
        assertThat(completed.statementsWithRollCallIds()).isEqualTo(ROLL_CALLS);
        assertThat(completed.votes()).isEqualTo(VOTES);
        assertThat(completed.votesPerRollCall()).isEqualTo(expected);
        assertThat(completed.repeatedEdges()).isZero();
    }

    /** {@code java -cp <test classpath> …CoalitionGraphApplication import-unvotes <dir>} on this data directory. */
    private static Process importCommand(Path data) throws IOException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), CoalitionGraphApplication.class.getName(),
                "import-unvotes", SHIPPED.toString(),
                "--coalition.embedded.data-directory=" + data,
                "--coalition.embedded.page-cache=64m",
                "--spring.neo4j.uri=", "--NEO4J_URI="));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("NEO4J_URI");
        builder.environment().remove("SPRING_NEO4J_URI");
        return builder.start();
    }

    private static void copy(Process process, PrintWriter log, CompletableFuture<Long> firstProgress) {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (var line = lines.readLine(); line != null; line = lines.readLine()) {
                log.println(line);
                var progress = PROGRESS.matcher(line);
                if (progress.find()) {
                    firstProgress.complete(Long.parseLong(progress.group(1).replace(",", "")));
                }
            }
            firstProgress.completeExceptionally(new IllegalStateException("The import ended before it showed progress"));
        } catch (IOException e) {
            firstProgress.completeExceptionally(e);
        }
    }

    private record Inspection(int rollCalls, int withoutHash, long statementsWithRollCallIds, long votes,
            Map<Integer, Long> votesPerRollCall, long repeatedEdges) {
    }

    /** Opens the database in this JVM, as the app would on its next start, and looks. */
    private static Inspection inspect(Path data) {
        try (var neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(data, 0, "64m"))) {
            var db = neo4j.database();
            var perRollCall = new HashMap<Integer, Long>();
            db.executeTransactionally("""
                    MATCH (s:Statement {kind: 'ROLL_CALL'})
                    RETURN toInteger(substring(s.id, size('rollcall:unga:'))) AS rcid, COUNT { (s)<-[:VOTED]-() } AS votes""",
                    Map.of(), result -> {
                        result.forEachRemaining(row -> perRollCall.put(((Long) row.get("rcid")).intValue(), (Long) row.get("votes")));
                        return null;
                    });
            return new Inspection(perRollCall.size(),
                    (int) count(db, "MATCH (s:Statement {kind: 'ROLL_CALL'}) WHERE s.contentHash IS NULL RETURN count(s) AS n"),
                    count(db, "MATCH (s:Statement) WHERE s.id STARTS WITH 'rollcall:unga:' RETURN count(s) AS n"),
                    count(db, "MATCH ()-[v:VOTED]->() RETURN count(v) AS n"),
                    perRollCall,
                    count(db, """
                            MATCH (a)-[r]->(s:Statement) WHERE s.id STARTS WITH 'rollcall:unga:'
                            WITH a, s, type(r) AS type, count(r) AS edges WHERE edges > 1
                            RETURN count(*) AS n"""));
        }
    }

    private static long count(org.neo4j.graphdb.GraphDatabaseService db, String query) {
        return db.executeTransactionally(query, Map.of(), result -> (Long) result.next().get("n"));
    }

    /** rcid → its rows in the shipped votes file. */
    private static Map<Integer, Long> votesPerRollCall() throws IOException {
        var votes = new HashMap<Integer, Long>();
        try (var in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(SHIPPED.resolve("un_votes.csv.gz"))), StandardCharsets.UTF_8))) {
            in.readLine();
            for (var line = in.readLine(); line != null; line = in.readLine()) {
                votes.merge(Integer.parseInt(line.substring(0, line.indexOf(','))), 1L, Long::sum);
            }
        }
        assertThat(votes).hasSize(ROLL_CALLS);
        return votes;
    }
}
