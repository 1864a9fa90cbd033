package org.coalitiongraph.network;

import java.util.List;

import org.coalitiongraph.alignment.AlignmentBasis;

/**
 * The strongest edges of a network and their ends, with the size of the whole.
 *
 * @param nodes the ends of {@code edges}
 */
public record Network(AlignmentBasis by, int statements, int minShared, double minWeight, int nodeCount,
        int edgeCount, boolean truncated, List<NetworkNode> nodes, List<NetworkEdge> edges, double resolution,
        ActorNetwork whole) {

    /** Of the communities the nodes' {@code community} fields name. */
    public double modularity() {
        return whole.modularity(resolution);
    }
}
