package org.coalitiongraph.rollcall;

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
                "rollCalls", RollCallBatches.statementRows(rollCalls, hashes));
        var votes = Map.<String, Object>of("voters", voterIds, "rollCalls", RollCallBatches.voteRows(rollCalls));
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                if (!replace.isEmpty()) {
                    tx.run(queries.get("rollcall/unlink-roll-calls"),
                            Map.of("ids", replace, "source", RollCallWriter.SOURCE_ID)).consume();
                }
                RollCallBatches.check("statement edges", tx.run(queries.get("rollcall/write-statements"), statements)
                        .consume().counters().relationshipsCreated(), RollCallBatches.statementEdges(rollCalls), rollCalls);
                RollCallBatches.check("votes", tx.run(queries.get("rollcall/write-votes"), votes)
                        .consume().counters().relationshipsCreated(), RollCallBatches.votes(rollCalls), rollCalls);
                audit.log().record(tx, audit.write(), audit.targets(), audit.input(), audit.before());
            });
        }
    }
}
