package org.coalitiongraph.alignment;

/** What alignment, and a network's edges, are measured on. */
public enum AlignmentBasis {
    /** Statements signed together: the Jaccard index; in a network, the number of statements. */
    SIGNATURES,
    /** Roll-call votes: the vote agreement index over the roll calls both voted in. */
    VOTES;

    /** Pairs resting on fewer statements or roll calls are left out unless the caller says otherwise. */
    public int defaultMinShared() {
        return this == VOTES ? 10 : 1;
    }

    /**
     * Network edges lighter than this are left out unless the caller says otherwise. By VOTES, 0.85:
     * in the UNGA roll calls of 2010-2019 the median agreement of two states is 0.86 and a quarter of
     * pairs agree less than 0.71, so a low threshold joins almost every state to every other (18,528
     * edges among 193 states at 0); at 0.85 9,533 edges remain, every state keeps an edge, and the
     * blocs come apart (138 states around the G77, 48 around the EU, 5 around Canada and the Pacific
     * compact states, the United States with Israel). At 0.9 the United States, Israel and Russia
     * lose their last edge.
     */
    public double defaultMinWeight() {
        return this == VOTES ? 0.85 : 1;
    }
}
