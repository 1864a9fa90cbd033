package org.coalitiongraph.paging;

/** An edge that carries nothing but its node. */
public record NodeEdge<T>(String cursor, T node) implements Edge<T> {
}
