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
     * Edges lighter than this are left out unless the caller says otherwise. By VOTES, 0.9: at the
     * UN General Assembly most pairs of states agree in more than 80 % of roll calls, so a lower
     * threshold joins almost every state to almost every other and leaves a hairball; at 0.9 a
     * decade keeps the blocs apart (see the README for the distribution).
     */
    double defaultMinWeight() {
        return this == VOTES ? 0.9 : 1;
    }
}
