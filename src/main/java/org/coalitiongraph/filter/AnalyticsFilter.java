package org.coalitiongraph.filter;

import java.time.LocalDate;
import java.util.List;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.statement.StatementKind;

/**
 * The one filter every analytics field takes (GraphQL input {@code AnalyticsFilter}). Each part
 * left null places no restriction; given parts must all hold. {@code issues} includes narrower
 * issues; {@code actorKinds} restricts the actors in an answer, not the statements.
 */
public record AnalyticsFilter(
        List<String> issues,
        List<String> sessions,
        List<String> bodies,
        List<StatementKind> kinds,
        LocalDate from,
        LocalDate to,
        List<ActorKind> actorKinds) {

    public static final AnalyticsFilter NONE = new AnalyticsFilter(null, null, null, null, null, null, null);

    public static AnalyticsFilter orNone(AnalyticsFilter filter) {
        return filter == null ? NONE : filter;
    }

    /** Whether any part restricts which statements count. */
    public boolean restrictsStatements() {
        return issues != null || sessions != null || bodies != null || kinds != null || from != null || to != null;
    }
}
