package org.coalitiongraph.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.coalitiongraph.projection.StatementFacts.CastVote;
import org.coalitiongraph.projection.StatementFacts.Stance;
import org.coalitiongraph.statement.StatementKind;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;

/**
 * Reads every statement as {@code cypher/projection/statements.cypher} does, through the embedded
 * database's own API: on the UNGA data a few seconds instead of a quarter of a minute over Bolt,
 * which is what the analytics wait for at start and after large imports. The oracle tests hold
 * both reads to the same answer.
 */
final class EmbeddedStatements {

    private static final Label STATEMENT = Label.label("Statement");
    private static final Label ACTOR = Label.label("Actor");
    private static final Label SESSION = Label.label("Session");
    private static final Label ISSUE = Label.label("Issue");
    private static final RelationshipType AT = RelationshipType.withName("AT");
    private static final RelationshipType CONCERNS = RelationshipType.withName("CONCERNS");
    private static final RelationshipType COUNTERS = RelationshipType.withName("COUNTERS");
    private static final RelationshipType SIGNED = RelationshipType.withName("SIGNED");
    private static final RelationshipType VOTED = RelationshipType.withName("VOTED");
    private static final RelationshipType DELIVERED_BY = RelationshipType.withName("DELIVERED_BY");
    private static final Set<Object> LEAD_ROLES = Set.of("LEAD", "DELIVERED");

    private EmbeddedStatements() {
    }

    static List<StatementFacts> readAll(GraphDatabaseService db) {
        try (var tx = db.beginTx(10, TimeUnit.MINUTES)) {
            var actorIds = new HashMap<Node, String>();
            var statements = new ArrayList<StatementFacts>();
            try (var nodes = tx.findNodes(STATEMENT)) {
                nodes.forEachRemaining(node -> statements.add(read(node, actorIds)));
            }
            return statements;
        }
    }

    private static StatementFacts read(Node statement, Map<Node, String> actorIds) {
        var kind = (String) statement.getProperty("kind", null);
        var date = statement.getProperty("date", null);
        var sessions = new ArrayList<String>();
        var issues = new ArrayList<Stance>();
        var counters = new ArrayList<String>();
        var leads = new ArrayList<String>();
        try (var out = statement.getRelationships(Direction.OUTGOING, AT, CONCERNS, COUNTERS, DELIVERED_BY)) {
            for (var edge : out) {
                var other = edge.getEndNode();
                var type = edge.getType().name();
                if (type.equals("AT") && other.hasLabel(SESSION)) {
                    sessions.add((String) other.getProperty("id"));
                } else if (type.equals("CONCERNS") && other.hasLabel(ISSUE)) {
                    issues.add(new Stance((String) other.getProperty("id"), (String) edge.getProperty("stance", null)));
                } else if (type.equals("COUNTERS") && other.hasLabel(STATEMENT)) {
                    counters.add((String) other.getProperty("id"));
                } else if (type.equals("DELIVERED_BY") && other.hasLabel(ACTOR)) {
                    leads.add((String) other.getProperty("id"));
                }
            }
        }
        var signers = new ArrayList<String>();
        var votes = new ArrayList<CastVote>();
        try (var in = statement.getRelationships(Direction.INCOMING, SIGNED, VOTED)) {
            for (var edge : in) {
                var actor = actorId(edge.getStartNode(), actorIds);
                if (actor == null) {
                    continue;
                }
                if (edge.isType(SIGNED)) {
                    signers.add(actor);
                    if (LEAD_ROLES.contains(edge.getProperty("role", null)) && !leads.contains(actor)) {
                        leads.add(actor);
                    }
                } else {
                    var vote = vote(edge.getProperty("vote", null));
                    if (vote != null) {
                        votes.add(new CastVote(actor, vote));
                    }
                }
            }
        }
        sessions.sort(Comparator.naturalOrder());
        return new StatementFacts((String) statement.getProperty("id"), kind == null ? null : StatementKind.valueOf(kind),
                date instanceof LocalDate day ? day : null, sessions.isEmpty() ? null : sessions.getFirst(), issues,
                counters, signers, votes, (String) statement.getProperty("title", null),
                (String) statement.getProperty("text", null), (Boolean) statement.getProperty("listComplete", null),
                leads);
    }

    /** The actor's id, read once per actor: a voter has thousands of votes. Null for a node that is no actor. */
    private static String actorId(Node node, Map<Node, String> actorIds) {
        return actorIds.computeIfAbsent(node, n -> n.hasLabel(ACTOR) ? (String) n.getProperty("id") : null);
    }

    private static Vote vote(Object recorded) {
        return switch (recorded instanceof String value ? value : "") {
            case "yes" -> Vote.YES;
            case "no" -> Vote.NO;
            case "abstain" -> Vote.ABSTAIN;
            default -> null;
        };
    }
}
