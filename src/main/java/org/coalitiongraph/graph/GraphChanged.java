package org.coalitiongraph.graph;

/**
 * Published after every committed write (mutation or import), so that read models can refresh
 * without the writers knowing them.
 *
 * @param cause what wrote, e.g. "dataset demo-hrc47 v1"
 */
public record GraphChanged(String cause) {
}
