package org.coalitiongraph.rollcall;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.coalitiongraph.graph.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

/**
 * What the UNGA import reads and writes around the roll calls themselves, through the driver: the
 * content hashes already in the graph, and the nodes roll calls point at (source, voter states,
 * sessions, issues). The roll calls go through {@link RollCallBatches}.
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
