package org.coalitiongraph.filter;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.statement.StatementKind;
import org.coalitiongraph.web.Arguments;
import org.coalitiongraph.web.InvalidArgumentException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Checks an {@link AnalyticsFilter} and resolves it to the statements it admits, once, for every
 * analytics field. The Cypher that decides which statements match lives in
 * {@code cypher/queries/filter/statements-in-scope.cypher}.
 */
@Service
public final class AnalyticsFilters {

    private final Neo4jClient neo4j;
    private final CypherQueries queries;

    public AnalyticsFilters(Neo4jClient neo4j, CypherQueries queries) {
        this.neo4j = neo4j;
        this.queries = queries;
    }

    /**
     * @param argument the name of the filter argument, for error messages ("filter")
     * @throws InvalidArgumentException when a part is empty, the dates are reversed or an id is unknown
     */
    public StatementScope scope(AnalyticsFilter filter, String argument) {
        validate(filter, argument);
        if (!filter.restrictsStatements()) {
            return StatementScope.ALL;
        }
        var ids = neo4j.query(queries.get("queries/filter/statements-in-scope"))
                .bindAll(parameters(filter))
                .fetchAs(String.class).all();
        return new StatementScope(List.copyOf(ids));
    }

    /** Neo4j labels for {@code actorKinds}, or null when every kind is admitted. */
    public static List<String> actorLabels(AnalyticsFilter filter) {
        return filter.actorKinds() == null ? null : filter.actorKinds().stream().map(ActorKind::label).toList();
    }

    private void validate(AnalyticsFilter filter, String argument) {
        validateParts(filter, argument);
        requireKnown(filter.issues(), "Issue", argument + ".issues");
        requireKnown(filter.sessions(), "Session", argument + ".sessions");
    }

    /**
     * Checks what can be checked without the graph: no empty list, dates in order.
     *
     * @throws InvalidArgumentException naming the part, e.g. {@code filter.issues}
     */
    public static void validateParts(AnalyticsFilter filter, String argument) {
        Arguments.requireNotEmpty(filter.issues(), argument + ".issues");
        Arguments.requireNotEmpty(filter.sessions(), argument + ".sessions");
        Arguments.requireNotEmpty(filter.bodies(), argument + ".bodies");
        Arguments.requireNotEmpty(filter.kinds(), argument + ".kinds");
        Arguments.requireNotEmpty(filter.actorKinds(), argument + ".actorKinds");
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidArgumentException(argument + ".to",
                    "is before " + argument + ".from (" + filter.to() + " < " + filter.from() + ")");
        }
    }

    /** @throws InvalidArgumentException naming {@code argument} when an id names no node with {@code label} */
    public void requireKnown(List<String> ids, String label, String argument) {
        if (ids == null) {
            return;
        }
        var unknown = neo4j.query(queries.get("queries/filter/unknown-ids"))
                .bindAll(Map.of("ids", ids, "label", label))
                .fetchAs(String.class).all();
        if (!unknown.isEmpty()) {
            throw new InvalidArgumentException(argument, "unknown " + label.toLowerCase(Locale.ROOT) + " ids " + unknown);
        }
    }

    private static Map<String, Object> parameters(AnalyticsFilter filter) {
        var parameters = new HashMap<String, Object>();
        parameters.put("issues", filter.issues());
        parameters.put("sessions", filter.sessions());
        parameters.put("bodies", filter.bodies() == null ? null
                : filter.bodies().stream().map(body -> body.strip().toUpperCase(Locale.ROOT)).toList());
        parameters.put("kinds", filter.kinds() == null ? null : filter.kinds().stream().map(StatementKind::name).toList());
        parameters.put("from", filter.from());
        parameters.put("to", filter.to());
        return parameters;
    }
}
