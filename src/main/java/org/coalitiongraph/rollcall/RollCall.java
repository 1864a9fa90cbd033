package org.coalitiongraph.rollcall;

import java.time.LocalDate;
import java.util.List;

/**
 * One UNGA roll call as it becomes a {@code (:Statement {kind: 'ROLL_CALL'})}: its fields, issues and
 * votes. A vote names its voter's state node by index in {@link VoterTable#nodes()}, one array per
 * vote value, which keeps 870,109 votes small in memory and on the wire.
 *
 * @param symbol    the resolution symbol, e.g. {@code R/67/19}; null where the file has none
 * @param important whether the roll call is one of the "important votes" of the dataset; null: not said
 * @param amendment whether the vote was on an amendment; null: not said
 * @param paragraph whether the vote was on a paragraph; null: not said
 */
record RollCall(int rcid, int session, LocalDate date, String symbol, String title, String text,
        Boolean important, Boolean amendment, Boolean paragraph, List<Issue> issues,
        int[] yes, int[] no, int[] abstain) {

    static final String ID_PREFIX = "rollcall:unga:";

    /** An issue of the dataset, e.g. {@code issue:unga-hr} "Human rights". */
    record Issue(String id, String name) {
    }

    String id() {
        return ID_PREFIX + rcid;
    }

    String sessionId() {
        return "session:UNGA" + session;
    }

    int votes() {
        return yes.length + no.length + abstain.length;
    }
}
