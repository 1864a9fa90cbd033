package org.coalitiongraph.network;

import org.coalitiongraph.actor.ActorKind;

/**
 * An actor in a network. Community, betweenness and PageRank are computed for the whole network
 * the first time one node's is read, so a query that does not select them never pays for them.
 */
public final class NetworkNode {

    private final ActorNetwork network;
    private final int node;
    private final double resolution;

    NetworkNode(ActorNetwork network, int node, double resolution) {
        this.network = network;
        this.node = node;
        this.resolution = resolution;
    }

    int node() {
        return node;
    }

    public String id() {
        return network.projection().actorId(network.actor(node));
    }

    public String label() {
        return network.projection().actorName(network.actor(node));
    }

    public ActorKind kind() {
        return network.projection().actorKind(network.actor(node));
    }

    public String regionalGroup() {
        return network.projection().regionalGroup(network.actor(node));
    }

    public int degree() {
        return network.graph().degree(node);
    }

    public double weightedDegree() {
        return network.graph().weightedDegree(node);
    }

    public int community() {
        return network.communities(resolution)[node];
    }

    public double betweenness() {
        return network.betweenness()[node];
    }

    public double pageRank() {
        return network.pageRank()[node];
    }
}
