package org.coalitiongraph.resolve;

/** Whether a name was matched to one record. */
public enum ResolutionStatus {
    /** Exactly one record fits. */
    RESOLVED,
    /** Several records fit about equally well; the candidates say which. */
    AMBIGUOUS,
    /** Nothing fits well enough to be sure; the candidates, if any, come closest. */
    UNKNOWN
}
