package org.coalitiongraph.rollcall;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.audit.AuditLog;
import org.coalitiongraph.audit.Write;
import org.coalitiongraph.embedded.EmbeddedNeo4j;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.graph.GraphChanged;
import org.coalitiongraph.security.Caller;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports the UNGA roll-call votes (Voeten et al., as packaged by the R package unvotes) from a
 * directory: roll calls become {@code ROLL_CALL} statements, votes {@code (:Actor)-[:VOTED {vote}]->}
 * edges, voters land on state nodes by the reviewed {@link VoterTable}.
 * <p>
 * The files are read and checked whole first; any problem writes nothing. Then roll calls are written
 * whole, several thousand votes per transaction, each transaction with its audit entry. Each statement
 * keeps a hash of its content: a re-run skips the roll calls whose hash is unchanged and rewrites those
 * that changed, so importing the same files again changes nothing, and an import that was killed
 * midway completes when run again.
 */
@Service
public final class UnVotesImporter {

    /** The audit log's name for this import. */
    public static final String OPERATION = "importUnVotes";

    /** Told when the files are checked and writing starts, and after every committed batch. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        /** The files are checked: {@code rollCalls} of {@code inFiles} roll calls ({@code votes} votes) are new or changed. */
        default void writing(int rollCalls, int inFiles, long votes) {
        }

        /** @param written votes written so far by this run, of {@code toWrite} */
        default void votesWritten(long written, long toWrite) {
        }
    }

    /**
     * What an import did.
     *
     * @param rollCalls       roll calls in the files
     * @param created         of which newly written
     * @param rewritten       of which written again because their content changed
     * @param votes           votes in the files
     * @param votesWritten    of which written by this run
     * @param voters          voters in the voter table
     * @param nodes           state nodes the voters land on
     * @param checked         reading and checking the files
     * @param written         writing, from the first transaction to the last commit
     * @param writingCpu      the CPU time of the writing thread meanwhile: on a busy machine, what writing cost
     * @param processCpu      the CPU time of the whole process meanwhile (the JIT compiling the write path is most
     *                        of the difference); null where the JVM does not tell
     */
    public record Summary(int rollCalls, int created, int rewritten, long votes, long votesWritten, int voters,
            int nodes, Duration checked, Duration written, Duration writingCpu, Duration processCpu) {

        public int unchanged() {
            return rollCalls - created - rewritten;
        }

        /** Votes written per second of writing; 0 when nothing was written. */
        public double votesPerSecond() {
            return written.isZero() || votesWritten == 0 ? 0 : votesWritten / (written.toNanos() / 1e9);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Driver driver;
    private final CypherQueries queries;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final RollCallBatches batches;
    private final int batchVotes;

    /**
     * @param embedded     the embedded database, when the app runs one: votes are then written through its own API
     * @param embeddedApi  false: write through Cypher over Bolt even into the embedded database (as into a server)
     * @param batchVotes   about how many votes one transaction writes (whole roll calls, so a little more or less)
     */
    public UnVotesImporter(Driver driver, CypherQueries queries, AuditLog audit, ApplicationEventPublisher events,
            ObjectProvider<EmbeddedNeo4j> embedded,
            @Value("${coalition.unvotes.embedded-api:true}") boolean embeddedApi,
            @Value("${coalition.unvotes.batch-votes:10000}") int batchVotes) {
        this.driver = driver;
        this.queries = queries;
        this.audit = audit;
        this.events = events;
        var database = embeddedApi ? embedded.getIfAvailable() : null;
        this.batches = database != null ? new EmbeddedRollCallBatches(database.database(), queries)
                : new BoltRollCallBatches(driver, queries);
        this.batchVotes = batchVotes;
    }

    /** Imports as the service itself, e.g. from the command line. */
    public Summary importDirectory(Path directory, Progress progress) throws IOException {
        return importDirectory(directory, progress, new Write(Caller.system("import-unvotes " + directory), OPERATION));
    }

    /**
     * @throws org.coalitiongraph.ingest.InvalidImportException naming every problem with its file and line;
     *         nothing is written then
     */
    public Summary importDirectory(Path directory, Progress progress, Write write) throws IOException {
        long started = System.nanoTime();
        var voters = VoterTable.shipped();
        var contents = UnVotesFiles.read(directory, voters);
        var writer = new RollCallWriter(driver, queries);
        var existing = writer.contentHashes();
        var toWrite = new ArrayList<RollCall>();
        var hashes = new ArrayList<String>();
        for (var rollCall : contents.rollCalls()) {
            var hash = ContentHash.of(rollCall, voters.nodes());
            if (!existing.containsKey(rollCall.id()) || !hash.equals(existing.get(rollCall.id()))) {
                toWrite.add(rollCall);
                hashes.add(hash);
            }
        }
        long votesToWrite = toWrite.stream().mapToLong(RollCall::votes).sum();
        var checked = Duration.ofNanos(System.nanoTime() - started);
        progress.writing(toWrite.size(), contents.rollCalls().size(), votesToWrite);

        long writing = System.nanoTime();
        long writingCpu = THREADS.getCurrentThreadCpuTime();
        long processCpu = processCpuTime();
        var origin = directory.toString();
        var written = new Written();
        try {
            written.references = writer.writeReferences(voters, contents.rollCalls(), contents.issues(),
                    tx -> audit.record(tx, write, referenceIds(voters, contents),
                            Map.of("directory", origin, "step", "source, voter states, sessions and issues"), null));
            writeRollCalls(toWrite, hashes, existing, voters, write, origin, progress, written);
        } finally {
            // Batches commit one by one: what committed before a failure is in the graph, and read models must see it.
            if (written.references || written.votes > 0) {
                events.publishEvent(new GraphChanged("import-unvotes " + origin));
            }
        }
        var writeTime = Duration.ofNanos(System.nanoTime() - writing);
        var writeCpu = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - writingCpu);
        var allCpu = processCpu < 0 ? null : Duration.ofNanos(processCpuTime() - processCpu);
        return new Summary(contents.rollCalls().size(), toWrite.size() - written.rewritten, written.rewritten,
                contents.votes(), written.votes, voters.voters(), voters.nodes().size(), checked, writeTime, writeCpu, allCpu);
    }

    /** Nanoseconds of CPU of the whole process, or -1 where the JVM does not tell. */
    private static long processCpuTime() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** What this run has committed so far. */
    private static final class Written {
        boolean references;
        long votes;
        int rewritten;
    }

    /** Whole roll calls, about {@link #batchVotes} votes per transaction, each with its audit entry. */
    private void writeRollCalls(List<RollCall> toWrite, List<String> hashes, Map<String, String> existing,
            VoterTable voters, Write write, String origin, Progress progress, Written written) {
        long votesToWrite = toWrite.stream().mapToLong(RollCall::votes).sum();
        var voterIds = voters.nodes().stream().map(VoterTable.StateNode::id).toList();
        for (int from = 0; from < toWrite.size(); ) {
            int to = from;
            long votes = 0;
            while (to < toWrite.size() && (to == from || votes + toWrite.get(to).votes() <= batchVotes)) {
                votes += toWrite.get(to++).votes();
            }
            var batch = toWrite.subList(from, to);
            var replace = batch.stream().map(RollCall::id).filter(existing::containsKey).toList();
            var before = new LinkedHashMap<String, String>();
            replace.forEach(id -> before.put(id, existing.get(id) == null ? "(no content hash)" : existing.get(id)));
            var input = Map.<String, Object>of("directory", origin,
                    "rcids", batch.getFirst().rcid() + "–" + batch.getLast().rcid(),
                    "rollCalls", batch.size(), "votes", votes, "rewritten", replace.size());
            batches.write(voterIds, batch, hashes.subList(from, to), replace, new RollCallBatches.Audit(audit, write,
                    batch.stream().map(RollCall::id).toList(), input, before.isEmpty() ? null : Map.of("contentHashes", before)));
            written.votes += votes;
            written.rewritten += replace.size();
            progress.votesWritten(written.votes, votesToWrite);
            from = to;
        }
    }

    /** The nodes roll calls point at: the source, the voter states, the sessions and the issues. */
    private static List<String> referenceIds(VoterTable voters, UnVotesFiles.Contents contents) {
        var ids = new ArrayList<String>();
        ids.add(RollCallWriter.SOURCE_ID);
        voters.nodes().forEach(node -> ids.add(node.id()));
        contents.rollCalls().stream().map(RollCall::sessionId).distinct().forEach(ids::add);
        contents.issues().forEach(issue -> ids.add(issue.id()));
        return ids;
    }
}
