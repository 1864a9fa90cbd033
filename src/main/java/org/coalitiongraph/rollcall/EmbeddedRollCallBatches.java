package org.coalitiongraph.rollcall;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.graph.CypherQueries;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;

/**
 * Writes batches of roll calls into the embedded database through its own API: the statements as
 * {@code rollcall/write-statements.cypher} writes them for {@link BoltRollCallBatches}, the votes
 * (870,109 of them) as direct relationship creations, several times faster than a Cypher
 * {@code CREATE} per vote. Same graph (a test compares the two), same transaction boundaries, same
 * audit entry.
 */
final class EmbeddedRollCallBatches implements RollCallBatches {

    private static final Label ACTOR = Label.label("Actor");
    private static final Label STATEMENT = Label.label("Statement");
    private static final Label SESSION = Label.label("Session");
    private static final Label ISSUE = Label.label("Issue");
    private static final Label SOURCE = Label.label("Source");
    private static final RelationshipType AT = RelationshipType.withName("AT");
    private static final RelationshipType CITES = RelationshipType.withName("CITES");
    private static final RelationshipType CONCERNS = RelationshipType.withName("CONCERNS");
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
        for (int attempt = 1; ; attempt++) {
            try {
                writeOnce(voterIds, rollCalls, hashes, replace, audit);
                return;
            } catch (TransientFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void writeOnce(List<String> voterIds, List<RollCall> rollCalls, List<String> hashes, List<String> replace,
            Audit audit) {
        try (var tx = database.beginTx()) {
            if (!replace.isEmpty()) {
                tx.execute(queries.get("rollcall/unlink-roll-calls"),
                        Map.of("ids", replace, "source", RollCallWriter.SOURCE_ID)).close();
            }
            var found = new HashMap<String, Node>();
            var statements = writeStatements(tx, rollCalls, hashes, found);
            // The ~200 voter nodes once per transaction, through the id constraint's index.
            var voters = new Node[voterIds.size()];
            for (int i = 0; i < voters.length; i++) {
                voters[i] = reference(tx, found, ACTOR, voterIds.get(i), rollCalls);
            }
            for (int i = 0; i < rollCalls.size(); i++) {
                var rollCall = rollCalls.get(i);
                vote(voters, rollCall.yes(), statements[i], "yes");
                vote(voters, rollCall.no(), statements[i], "no");
                vote(voters, rollCall.abstain(), statements[i], "abstain");
            }
            audit.log().record(tx, audit.write(), audit.targets(), audit.input(), audit.before());
            tx.commit();
        }
    }

    /**
     * The statements of the roll calls with their session, issues and source: the graph
     * {@code rollcall/write-statements.cypher} writes over Bolt, without planning and running Cypher in
     * every batch (a seventh of the writing thread, and more code for the JIT to compile meanwhile).
     */
    private static Node[] writeStatements(Transaction tx, List<RollCall> rollCalls, List<String> hashes,
            Map<String, Node> found) {
        var source = reference(tx, found, SOURCE, RollCallWriter.SOURCE_ID, rollCalls);
        var statements = new Node[rollCalls.size()];
        for (int i = 0; i < statements.length; i++) {
            var rollCall = rollCalls.get(i);
            var statement = tx.findNode(STATEMENT, "id", rollCall.id());
            if (statement == null) {
                statement = tx.createNode(STATEMENT);
                statement.setProperty("id", rollCall.id());
            }
            set(statement, "kind", "ROLL_CALL");
            set(statement, "title", rollCall.title());
            set(statement, "text", rollCall.text());
            set(statement, "date", rollCall.date());
            set(statement, "symbol", rollCall.symbol());
            set(statement, "important", rollCall.important());
            set(statement, "amendment", rollCall.amendment());
            set(statement, "paragraph", rollCall.paragraph());
            set(statement, "contentHash", hashes.get(i));
            statement.createRelationshipTo(reference(tx, found, SESSION, rollCall.sessionId(), rollCalls), AT);
            statement.createRelationshipTo(source, CITES);
            for (var issue : rollCall.issues()) {
                statement.createRelationshipTo(reference(tx, found, ISSUE, issue.id(), rollCalls), CONCERNS);
            }
            statements[i] = statement;
        }
        return statements;
    }

    /** As Cypher's {@code SET}: a null removes the property. */
    private static void set(Node node, String key, Object value) {
        if (value == null) {
            node.removeProperty(key);
        } else {
            node.setProperty(key, value);
        }
    }

    /**
     * A node the batch points at (the source, a session, an issue, a voter), looked up once per
     * transaction. Better no roll call than a partial one: these were all written before the batch.
     */
    private static Node reference(Transaction tx, Map<String, Node> found, Label label, String id, List<RollCall> rollCalls) {
        var node = found.computeIfAbsent(id, key -> tx.findNode(label, "id", key));
        if (node == null) {
            throw new IllegalStateException("The node " + id + " that roll calls " + rollCalls.getFirst().rcid() + "–"
                    + rollCalls.getLast().rcid() + " point at is missing; nothing of this batch was written");
        }
        return node;
    }

    private static void vote(Node[] voters, int[] indices, Node statement, String value) {
        for (int voter : indices) {
            voters[voter].createRelationshipTo(statement, VOTED).setProperty(VOTE, value);
        }
    }
}
