package org.coalitiongraph.rollcall;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.graph.CypherQueries;
import org.neo4j.driver.Driver;

/** Writes batches of roll calls with Cypher through the driver: for any Neo4j server or cluster. */
final class BoltRollCallBatches implements RollCallBatches {

    private final Driver driver;
    private final CypherQueries queries;

    BoltRollCallBatches(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    @Override
    public void write(List<String> voterIds, List<RollCall> rollCalls, List<String> hashes, List<String> replace,
            Audit audit) {
        var statements = Map.<String, Object>of("source", RollCallWriter.SOURCE_ID,
                "rollCalls", statementRows(rollCalls, hashes));
        var votes = Map.<String, Object>of("voters", voterIds, "rollCalls", voteRows(rollCalls));
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                if (!replace.isEmpty()) {
                    tx.run(queries.get("rollcall/unlink-roll-calls"),
                            Map.of("ids", replace, "source", RollCallWriter.SOURCE_ID)).consume();
                }
                check("statement edges", tx.run(queries.get("rollcall/write-statements"), statements)
                        .consume().counters().relationshipsCreated(), statementEdges(rollCalls), rollCalls);
                check("votes", tx.run(queries.get("rollcall/write-votes"), votes)
                        .consume().counters().relationshipsCreated(), votes(rollCalls), rollCalls);
                audit.log().record(tx, audit.write(), audit.targets(), audit.input(), audit.before());
            });
        }
    }

    /** The statement rows of write-statements.cypher. */
    private static List<Map<String, Object>> statementRows(List<RollCall> rollCalls, List<String> hashes) {
        var rows = new ArrayList<Map<String, Object>>(rollCalls.size());
        for (int i = 0; i < rollCalls.size(); i++) {
            var r = rollCalls.get(i);
            var row = new LinkedHashMap<String, Object>();
            row.put("id", r.id());
            row.put("title", r.title());
            row.put("text", r.text());
            row.put("date", r.date());
            row.put("symbol", r.symbol());
            row.put("important", r.important());
            row.put("amendment", r.amendment());
            row.put("paragraph", r.paragraph());
            row.put("hash", hashes.get(i));
            row.put("session", r.sessionId());
            row.put("issues", r.issues().stream().map(RollCall.Issue::id).toList());
            rows.add(row);
        }
        return rows;
    }

    /** The vote rows of write-votes.cypher: voters by index, one list per vote value. */
    private static List<Map<String, Object>> voteRows(List<RollCall> rollCalls) {
        return rollCalls.stream().<Map<String, Object>>map(r -> Map.of("id", r.id(), "yes", ints(r.yes()),
                "no", ints(r.no()), "abstain", ints(r.abstain()))).toList();
    }

    /** The edges write-statements.cypher creates: AT, CITES and one CONCERNS per issue. */
    private static long statementEdges(List<RollCall> rollCalls) {
        return rollCalls.stream().mapToLong(r -> 2 + r.issues().size()).sum();
    }

    private static long votes(List<RollCall> rollCalls) {
        return rollCalls.stream().mapToLong(RollCall::votes).sum();
    }

    /** Better no roll call than a partial one: a node that should exist (a session, an issue) did not. */
    private static void check(String what, long created, long expected, List<RollCall> rollCalls) {
        if (created != expected) {
            throw new IllegalStateException("Writing roll calls " + rollCalls.getFirst().rcid() + "–"
                    + rollCalls.getLast().rcid() + " created " + created + " " + what + " instead of " + expected
                    + "; nothing of this batch was written");
        }
    }

    private static List<Integer> ints(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
