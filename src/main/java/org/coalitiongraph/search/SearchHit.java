package org.coalitiongraph.search;

/** A search result: an actor or a statement, with its relevance. */
public record SearchHit(double score, Object node) {
}
