package org.coalitiongraph.prediction.signers;

import org.coalitiongraph.projection.Projection;

/** Drafts made from statements in the graph. */
final class Drafts {

    private Drafts() {
    }

    /**
     * The statement as a draft on its own date: its issues, stances, body, lead and the statements it
     * counters, with {@code known} as the signatories known besides the lead.
     */
    static Draft ofStatement(Projection p, int s, int[] known) {
        int session = p.session(s);
        return new Draft(p.issues(s), p.stances(s), session < 0 ? null : p.sessionBody(session), p.leads(s), known,
                p.counters(s), p.day(s), s);
    }
}
