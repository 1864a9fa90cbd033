package org.coalitiongraph.network;

import java.util.Arrays;

/** Betweenness and PageRank of the nodes of a {@link WeightedGraph}. */
final class Centrality {

    /** PageRank's damping factor: the chance of following an edge rather than jumping anywhere. */
    static final double DAMPING = 0.85;
    private static final double TOLERANCE = 1e-13;
    private static final int MAX_ITERATIONS = 1_000;

    private Centrality() {
    }

    /**
     * Betweenness by Brandes' algorithm over hop counts (the weights are not distances: every edge
     * kept by {@code minWeight} is one step), normalised to 0–1 by the (n−1)(n−2)/2 pairs of other
     * nodes: the share of shortest paths between other nodes that pass through the node.
     */
    static double[] betweenness(WeightedGraph graph) {
        int n = graph.nodeCount();
        var raw = new double[n];
        var distance = new int[n];
        var paths = new double[n];
        var dependency = new double[n];
        var order = new int[n];
        for (int s = 0; s < n; s++) {
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            distance[s] = 0;
            paths[s] = 1;
            int head = 0, tail = 0;
            order[tail++] = s;
            while (head < tail) {
                int v = order[head++];
                for (int i = graph.first(v); i < graph.end(v); i++) {
                    int w = graph.neighbour(i);
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            for (int k = tail - 1; k > 0; k--) {
                int w = order[k];
                for (int i = graph.first(w); i < graph.end(w); i++) {
                    int v = graph.neighbour(i);
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                raw[w] += dependency[w];
            }
        }
        // Each unordered pair was counted from both ends.
        double pairs = (n - 1.0) * (n - 2.0) / 2;
        for (int v = 0; v < n; v++) {
            raw[v] = n > 2 ? raw[v] / 2 / pairs : 0;
        }
        return raw;
    }

    /**
     * Weighted PageRank: a walker follows an edge with probability proportional to its weight, or
     * with probability 1 − {@link #DAMPING} jumps to any node. Sums to 1. Iterated until the ranks
     * change by less than 1e-13 in all.
     */
    static double[] pageRank(WeightedGraph graph) {
        int n = graph.nodeCount();
        if (n == 0) {
            return new double[0];
        }
        var rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        var next = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                if (graph.weightedDegree(v) == 0) {
                    dangling += rank[v];
                }
            }
            double base = (1 - DAMPING) / n + DAMPING * dangling / n;
            double change = 0;
            for (int v = 0; v < n; v++) {
                double sum = 0;
                for (int i = graph.first(v); i < graph.end(v); i++) {
                    int u = graph.neighbour(i);
                    sum += rank[u] * graph.neighbourWeight(i) / graph.weightedDegree(u);
                }
                next[v] = base + DAMPING * sum;
                change += Math.abs(next[v] - rank[v]);
            }
            var swap = rank;
            rank = next;
            next = swap;
            if (change < TOLERANCE) {
                break;
            }
        }
        return rank;
    }
}
