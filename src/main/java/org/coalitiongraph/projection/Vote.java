package org.coalitiongraph.projection;

/** A vote cast in a roll call, as the VOTED edge records it ('yes', 'no' or 'abstain'). */
public enum Vote {
    YES, NO, ABSTAIN
}
