package org.coalitiongraph.network;

import java.util.List;

/** The communities of a network. */
public record Blocs(NetworkBasis by, int statements, int minShared, double minWeight, double resolution,
        int nodeCount, int edgeCount, double modularity, List<Bloc> blocs) {
}
