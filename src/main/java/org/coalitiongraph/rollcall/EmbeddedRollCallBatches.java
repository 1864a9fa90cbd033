package org.coalitiongraph.rollcall;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.graph.CypherQueries;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.TransientFailureException;

/**
 * Writes batches of roll calls into the embedded database through its own API: the statements with
 * the same Cypher as {@link BoltRollCallBatches}, the votes (870,109 of them) as direct relationship
 * creations, several times faster than a Cypher {@code CREATE} per vote. Same graph, same transaction
 * boundaries, same audit entry.
 */
final class EmbeddedRollCallBatches implements RollCallBatches {

    private static final Label ACTOR = Label.label("Actor");
    private static final RelationshipType VOTED = RelationshipType.withName("VOTED");
    private static final String VOTE = "vote";
    /** A transient failure (a lock another writer holds) is worth a retry, as the driver would. */
    private static final int ATTEMPTS = 3;

    private final GraphDatabaseService database;
    private final CypherQueries queries;

    EmbeddedRollCallBatches(GraphDatabaseService database, CypherQueries queries) {
        this.database = database;
        this.queries = queries;
    }

    @Override
    public void write(List<String> voterIds, List<RollCall> rollCalls, List<String> hashes, List<String> replace,
            Audit audit) {
        var statements = Map.<String, Object>of("source", RollCallWriter.SOURCE_ID,
                "rollCalls", RollCallBatches.statementRows(rollCalls, hashes));
        for (int attempt = 1; ; attempt++) {
            try {
                writeOnce(voterIds, rollCalls, replace, statements, audit);
                return;
            } catch (TransientFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void writeOnce(List<String> voterIds, List<RollCall> rollCalls, List<String> replace,
            Map<String, Object> statements, Audit audit) {
        try (var tx = database.beginTx()) {
            if (!replace.isEmpty()) {
                tx.execute(queries.get("rollcall/unlink-roll-calls"),
                        Map.of("ids", replace, "source", RollCallWriter.SOURCE_ID)).close();
            }
            var written = new HashMap<String, Node>();
            try (var result = tx.execute(queries.get("rollcall/write-statements"), statements)) {
                result.forEachRemaining(row -> written.put((String) row.get("id"), (Node) row.get("statement")));
                RollCallBatches.check("statement edges", result.getQueryStatistics().getRelationshipsCreated(),
                        RollCallBatches.statementEdges(rollCalls), rollCalls);
            }
            // The ~200 voter nodes once per transaction, through the id constraint's index.
            var voters = new Node[voterIds.size()];
            for (int i = 0; i < voters.length; i++) {
                voters[i] = tx.findNode(ACTOR, "id", voterIds.get(i));
                if (voters[i] == null) {
                    throw new IllegalStateException("The voter node " + voterIds.get(i) + " is missing; nothing of roll calls "
                            + rollCalls.getFirst().rcid() + "–" + rollCalls.getLast().rcid() + " was written");
                }
            }
            for (var rollCall : rollCalls) {
                var statement = written.get(rollCall.id());
                if (statement == null) {
                    throw new IllegalStateException("The statement of " + rollCall.id() + " was not written (its session"
                            + " is missing?); nothing of this batch was written");
                }
                vote(voters, rollCall.yes(), statement, "yes");
                vote(voters, rollCall.no(), statement, "no");
                vote(voters, rollCall.abstain(), statement, "abstain");
            }
            audit.log().record(tx, audit.write(), audit.targets(), audit.input(), audit.before());
            tx.commit();
        }
    }

    private static void vote(Node[] voters, int[] indices, Node statement, String value) {
        for (int voter : indices) {
            voters[voter].createRelationshipTo(statement, VOTED).setProperty(VOTE, value);
        }
    }
}
