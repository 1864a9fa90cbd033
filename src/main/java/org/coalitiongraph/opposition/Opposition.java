package org.coalitiongraph.opposition;

import java.util.List;

import org.coalitiongraph.projection.Projection;

/**
 * The answer of {@code opposition}, in projection numbers; statements, actors and issues are read
 * from the graph only for the fields asked for ({@link OppositionController}).
 *
 * @param statement   the statement's number, or -1 when the projection does not hold it yet
 * @param counters    the statements it counters, within the filter, newest first
 * @param counteredBy the statements that counter it, within the filter, newest first
 */
public record Opposition(Projection projection, int statement, String statementId, List<Integer> counters,
        List<Integer> counteredBy, List<IssueSides> issues) {

    /**
     * The sides on one issue the statement concerns.
     *
     * @param stance         the statement's own stance on the issue, or null
     * @param withoutStance  statements within the filter concerning the issue without a stance
     * @param sideChangers   admitted actors that signed statements on more than one side, by name
     */
    public record IssueSides(Projection projection, int issue, String stance, int withoutStance, List<Side> sides,
            List<SideChanger> sideChangers) {

        /** Statements within the filter that take a stance on the issue: the sides' statements together. */
        public int statementCount() {
            return sides.stream().mapToInt(Side::statementCount).sum();
        }
    }

    /**
     * One side: the statements within the filter taking one stance on the issue, newest first, and the
     * admitted actors that signed any of them, the most often first.
     */
    public record Side(Projection projection, String stance, List<Integer> statements, List<SideActor> actors) {

        public int statementCount() {
            return statements.size();
        }

        public int actorCount() {
            return actors.size();
        }
    }

    /** An actor on a side, with how many of the side's statements it signed. */
    public record SideActor(Projection projection, int actor, int count) {
    }

    /**
     * An actor that signed statements on different sides of the issue.
     *
     * @param statementCount the statements with a stance on the issue (within the filter) it signed
     * @param changes        each time it signed a statement on another side than the one before, oldest first
     */
    public record SideChanger(Projection projection, int actor, int statementCount, List<SideChange> changes) {
    }

    /**
     * A change of side: {@code toStatement} is the first statement the actor signed on side {@code to}
     * after {@code fromStatement} on side {@code from}.
     *
     * @param countering whether one of the two statements counters the other
     */
    public record SideChange(Projection projection, String from, String to, int fromStatement, int toStatement,
            boolean countering) {
    }
}
