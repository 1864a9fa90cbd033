package org.coalitiongraph.network;

import java.util.List;

/** The most central actors of a network by one measure. */
public record Centralities(NetworkBasis by, int statements, int minShared, double minWeight, int nodeCount,
        int edgeCount, CentralityOrder orderBy, List<NetworkNode> actors) {
}
