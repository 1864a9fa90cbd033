package org.coalitiongraph.network;

import java.util.List;

import org.coalitiongraph.alignment.AlignmentBasis;

/** The most central actors of a network by one measure. */
public record Centralities(AlignmentBasis by, int statements, int minShared, double minWeight, int nodeCount,
        int edgeCount, CentralityOrder orderBy, List<NetworkNode> actors) {
}
