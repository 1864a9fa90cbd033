package org.coalitiongraph.network;

/** What ties two actors in a network. */
public enum NetworkBasis {
    /** Statements signed together: the weight is their number. */
    SIGNATURES,
    /** Roll-call votes: the weight is the vote agreement index over the roll calls both voted in. */
    VOTES;

    /** Pairs resting on fewer statements or roll calls are left out unless the caller says otherwise. */
    int defaultMinShared() {
        return this == VOTES ? 10 : 1;
    }

    /**
     * Edges lighter than this are left out unless the caller says otherwise. By VOTES, 0.85: in the
     * UNGA roll calls of 2010-2019 the median agreement of two states is 0.86 and a quarter of pairs
     * agree less than 0.71, so a low threshold joins almost every state to every other (18,528
     * edges among 193 states at 0); at 0.85 9,533 edges remain, every state keeps an edge, and the
     * blocs come apart (138 states around the G77, 48 around the EU, 5 around Canada and the
     * Pacific compact states, the United States with Israel). At 0.9 the United States, Israel and
     * Russia lose their last edge.
     */
    double defaultMinWeight() {
        return this == VOTES ? 0.85 : 1;
    }
}
