package org.coalitiongraph.network;

import java.util.List;

import org.coalitiongraph.alignment.AlignmentBasis;

/** The communities of a network. */
public record Blocs(AlignmentBasis by, int statements, int minShared, double minWeight, double resolution,
        int nodeCount, int edgeCount, double modularity, List<Bloc> blocs) {
}
