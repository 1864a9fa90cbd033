package org.coalitiongraph.graph;

/**
 * Published after every committed write (mutation or import), so that read models can refresh
 * without the writers knowing them.
 *
 * @param cause           what wrote, e.g. "dataset demo-hrc47 v1"
 * @param seenInAuditLog  true when the write was not made here but found in the audit log (another
 *                        instance, a command, Cypher by hand): the analytics have it already
 */
public record GraphChanged(String cause, boolean seenInAuditLog) {

    /** A write made by this app. */
    public GraphChanged(String cause) {
        this(cause, false);
    }
}
