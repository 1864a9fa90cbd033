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
 * @param title   the title, or null
 * @param text    the text (a roll call's description), or null
 * @param listComplete whether the recorded signatories are the whole list; null where unknown
 * @param leads   the actors that led or delivered it: signatures as LEAD or DELIVERED, and DELIVERED_BY
 */
record StatementFacts(String id, StatementKind kind, LocalDate date, String session, List<Stance> issues,
        List<String> counters, List<String> signers, List<CastVote> votes, String title, String text,
        Boolean listComplete, List<String> leads) {

    record Stance(String issue, String stance) {
    }

    record CastVote(String actor, Vote vote) {
    }
}
