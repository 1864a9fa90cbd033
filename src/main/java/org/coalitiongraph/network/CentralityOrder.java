package org.coalitiongraph.network;

/** The measure {@code centrality} ranks by. */
public enum CentralityOrder {
    DEGREE, WEIGHTED_DEGREE, BETWEENNESS, PAGE_RANK
}
