package org.coalitiongraph.alignment;

/** What alignment is measured on. */
public enum AlignmentBasis {
    /** Statements signed together: the Jaccard index. */
    SIGNATURES,
    /** Roll-call votes: the vote agreement index. */
    VOTES;

    /** The smallest basis an actor needs to be ranked at all, unless the caller says otherwise. */
    int defaultMinShared() {
        return this == VOTES ? 10 : 1;
    }
}
