package org.coalitiongraph.prediction.signers;

/**
 * A statement to predict, resolved to projection numbers: a draft, or a statement in the graph taken
 * as one.
 *
 * @param issues    the issues it concerns, with {@code stances} at the same positions (null: no side)
 * @param body      the UN body it is made at (HRC, UNGA, …), or null
 * @param leads     the states or organisations leading it
 * @param known     the other signatories taken as known
 * @param counters  the statements it opposes: visible whatever their date
 * @param asOfDay   only data dated before this epoch day is used
 * @param statement the statement taken as a draft, whose own signatures are never used; -1 for a draft
 */
record Draft(int[] issues, String[] stances, String body, int[] leads, int[] known, int[] counters, int asOfDay,
        int statement) {

    boolean isKnown(int actor) {
        return contains(leads, actor) || contains(known, actor);
    }

    boolean counters(int statement) {
        return contains(counters, statement);
    }

    static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
