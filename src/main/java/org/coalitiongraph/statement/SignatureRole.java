package org.coalitiongraph.statement;

/** The part an actor took in a statement, kept on the {@code SIGNED} edge. */
public enum SignatureRole {
    LEAD, DELIVERED, SIGNATORY, SUPPORTER
}
