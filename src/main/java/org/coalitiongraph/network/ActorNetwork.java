package org.coalitiongraph.network;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;

import org.coalitiongraph.alignment.AlignmentBasis;
import org.coalitiongraph.projection.Projection;

/**
 * The weighted graph of actors for one filter and basis: nodes are projection actors that have at
 * least one edge, numbered in the order of their ids; each edge has a weight and the number of
 * statements or roll calls it rests on. What is computed on it (communities, centrality) is
 * computed once, when first asked for.
 */
final class ActorNetwork {

    private final Projection projection;
    private final AlignmentBasis by;
    private final int statements;
    private final int minShared;
    private final double minWeight;
    private final int[] actors;
    private final int[] shared;
    private final WeightedGraph graph;

    private double[] betweenness;
    private double[] pageRank;
    private double resolution = Double.NaN;
    private int[] communities;

    ActorNetwork(Projection projection, AlignmentBasis by, int statements, int minShared, double minWeight,
            int[] actors, int[] shared, WeightedGraph graph) {
        this.projection = projection;
        this.by = by;
        this.statements = statements;
        this.minShared = minShared;
        this.minWeight = minWeight;
        this.actors = actors;
        this.shared = shared;
        this.graph = graph;
    }

    Projection projection() {
        return projection;
    }

    AlignmentBasis by() {
        return by;
    }

    /** The statements with signatures, or the roll calls, within the filter: what the network rests on. */
    int statements() {
        return statements;
    }

    int minShared() {
        return minShared;
    }

    double minWeight() {
        return minWeight;
    }

    WeightedGraph graph() {
        return graph;
    }

    /** The projection's number of the actor at this node. */
    int actor(int node) {
        return actors[node];
    }

    int shared(int edge) {
        return shared[edge];
    }

    /** Edges strongest first: weight, then what they rest on, then the ids of their ends. */
    int[] strongestEdges(int limit) {
        var order = new Integer[graph.edgeCount()];
        for (int e = 0; e < order.length; e++) {
            order[e] = e;
        }
        Comparator<Integer> strongest = Comparator.<Integer>comparingDouble(graph::weight).reversed()
                .thenComparing(Comparator.<Integer>comparingInt(this::shared).reversed())
                .thenComparingInt(graph::source)
                .thenComparingInt(graph::target);
        Arrays.sort(order, strongest);
        return Arrays.stream(order).limit(limit).mapToInt(Integer::intValue).toArray();
    }

    synchronized double[] betweenness() {
        if (betweenness == null) {
            Networks.requireAffordableBetweenness(this);
            betweenness = Centrality.betweenness(graph);
        }
        return betweenness;
    }

    synchronized double[] pageRank() {
        if (pageRank == null) {
            pageRank = Centrality.pageRank(graph);
        }
        return pageRank;
    }

    /** Each node's community at this resolution (the last resolution asked for is kept). */
    synchronized int[] communities(double resolution) {
        if (communities == null || this.resolution != resolution) {
            communities = Louvain.communities(graph, resolution);
            this.resolution = resolution;
        }
        return communities;
    }

    double modularity(double resolution) {
        return Louvain.modularity(graph, communities(resolution), resolution);
    }

    /** Nodes ordered by the actors' names, then ids. */
    Comparator<Integer> byName() {
        IntFunction<String> key = node -> projection.actorSortKey(actors[node]);
        return Comparator.<Integer, String>comparing(key::apply).thenComparing(node -> projection.actorId(actors[node]));
    }
}
