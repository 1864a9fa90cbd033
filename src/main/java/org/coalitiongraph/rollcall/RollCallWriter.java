package org.coalitiongraph.rollcall;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.coalitiongraph.graph.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

/**
 * Writes checked UNGA roll calls through the driver, so it works on the embedded database and on any
 * server alike. First the nodes they point at (source, voter states, sessions, issues), then batches
 * of whole roll calls, each batch one transaction with its audit entry: a crash loses whole batches,
 * never part of a roll call.
 */
final class RollCallWriter {

    static final String SOURCE_ID = "src:unvotes";

    private final Driver driver;
    private final CypherQueries queries;

    RollCallWriter(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    /** rcid → the content hash of the roll calls already in the graph (null: written without one). */
    Map<String, String> contentHashes() {
        var hashes = new HashMap<String, String>();
        driver.executableQuery(queries.get("rollcall/content-hashes")).execute().records()
                .forEach(r -> hashes.put(r.get("id").asString(), r.get("hash").asString(null)));
        return hashes;
    }

    /**
     * Creates the nodes roll calls point at that do not exist yet; existing ones are left as they are.
     *
     * @param audit  records the write in its transaction when something was created
     * @return whether anything was created
     */
    boolean writeReferences(VoterTable voters, List<RollCall> rollCalls, List<RollCall.Issue> issues,
            Consumer<TransactionContext> audit) {
        var states = voters.nodes().stream().map(node -> {
            var row = new HashMap<String, Object>();
            row.put("id", node.id());
            row.put("name", node.name());
            row.put("iso3", node.iso3());
            row.put("aliases", node.voterNames().stream().filter(name -> !name.equals(node.name())).distinct().toList());
            return row;
        }).toList();
        var sessions = rollCalls.stream().map(RollCall::session).distinct().sorted()
                .map(n -> Map.<String, Object>of("id", "session:UNGA" + n, "number", n)).toList();
        var issueRows = issues.stream().map(i -> Map.<String, Object>of("id", i.id(), "name", i.name())).toList();
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                boolean created = false;
                created |= created(tx.run(queries.get("rollcall/merge-source"), source()).consume());
                created |= created(tx.run(queries.get("rollcall/merge-voter-states"), Map.of("states", states)).consume());
                created |= created(tx.run(queries.get("rollcall/merge-sessions"), Map.of("sessions", sessions)).consume());
                created |= created(tx.run(queries.get("rollcall/merge-issues"), Map.of("issues", issueRows)).consume());
                if (created) {
                    audit.accept(tx);
                }
                return created;
            });
        }
    }

    /**
     * Writes the roll calls, whole, in one transaction with what {@code audit} records.
     *
     * @param replace the ids of those already in the graph: what the import wrote for them is removed first
     */
    void writeBatch(List<String> voterIds, List<RollCall> rollCalls, List<String> hashes, List<String> replace,
            Consumer<TransactionContext> audit) {
        var rows = new ArrayList<Map<String, Object>>(rollCalls.size());
        long expected = 0;
        for (int i = 0; i < rollCalls.size(); i++) {
            var r = rollCalls.get(i);
            rows.add(row(r, hashes.get(i)));
            // AT and CITES, then CONCERNS and VOTED.
            expected += 2 + r.issues().size() + r.votes();
        }
        var parameters = Map.<String, Object>of("voters", voterIds, "source", SOURCE_ID, "rollCalls", rows);
        long relationships = expected;
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                if (!replace.isEmpty()) {
                    tx.run(queries.get("rollcall/unlink-roll-calls"), Map.of("ids", replace, "source", SOURCE_ID)).consume();
                }
                var counters = tx.run(queries.get("rollcall/write-roll-calls"), parameters).consume().counters();
                if (counters.relationshipsCreated() != relationships) {
                    // A node that should exist did not (a session, an issue): better no roll call than a partial one.
                    throw new IllegalStateException("Writing roll calls " + rollCalls.getFirst().rcid() + "–"
                            + rollCalls.getLast().rcid() + " created " + counters.relationshipsCreated()
                            + " relationships instead of " + relationships + "; nothing of this batch was written");
                }
                audit.accept(tx);
            });
        }
    }

    private static Map<String, Object> row(RollCall r, String hash) {
        var row = new LinkedHashMap<String, Object>();
        row.put("id", r.id());
        row.put("title", r.title());
        row.put("text", r.text());
        row.put("date", r.date());
        row.put("symbol", r.symbol());
        row.put("important", r.important());
        row.put("amendment", r.amendment());
        row.put("paragraph", r.paragraph());
        row.put("hash", hash);
        row.put("session", r.sessionId());
        row.put("issues", r.issues().stream().map(RollCall.Issue::id).toList());
        row.put("yes", ints(r.yes()));
        row.put("no", ints(r.no()));
        row.put("abstain", ints(r.abstain()));
        return row;
    }

    private static List<Integer> ints(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static Map<String, Object> source() {
        return Map.of("id", SOURCE_ID,
                "title", "United Nations General Assembly Voting Data (roll calls 1946 – January 2020)",
                "url", "https://hdl.handle.net/1902.1/12379",
                "publisher", "Harvard Dataverse",
                "citation", "Erik Voeten, Anton Strezhnev and Michael Bailey, \"United Nations General Assembly"
                        + " Voting Data\", Harvard Dataverse, hdl:1902.1/12379 (CC0); as packaged by the R package"
                        + " unvotes (David Robinson, MIT), commit 7eb7034314ff79c49c9e0785fcd9d216fa04cf14");
    }

    private static boolean created(org.neo4j.driver.summary.ResultSummary summary) {
        var counters = summary.counters();
        return counters.nodesCreated() > 0 || counters.relationshipsCreated() > 0;
    }
}
