package org.coalitiongraph.projection;

import java.time.LocalDate;
import java.util.List;

import org.coalitiongraph.statement.StatementKind;

/**
 * What the analytics read of one statement, as loaded from the graph.
 *
 * @param session the session it belongs to, or null
 * @param issues  the issues it concerns, with its stance on each (null where none is recorded)
 * @param counters the statements it counters
 * @param votes   the roll call's votes, one per voter; empty for statements that are not voted on
 */
record StatementFacts(String id, StatementKind kind, LocalDate date, String session, List<Stance> issues,
        List<String> counters, List<String> signers, List<CastVote> votes) {

    record Stance(String issue, String stance) {
    }

    record CastVote(String actor, Vote vote) {
    }
}
