package org.coalitiongraph.network;

import java.util.Arrays;

/**
 * An undirected weighted graph without self-loops or parallel edges, nodes numbered 0..n-1, each
 * edge once with {@code source < target}, and the same edges again as adjacency lists (each edge in
 * both endpoints' lists) for the algorithms. Immutable.
 */
final class WeightedGraph {

    private final int nodeCount;
    private final int[] source;
    private final int[] target;
    private final double[] weight;
    private final int[] offsets;
    private final int[] neighbours;
    private final double[] neighbourWeights;
    private final double[] weightedDegrees;

    /** @param source, target, weight the edges, one entry each; {@code source[e] < target[e]} */
    WeightedGraph(int nodeCount, int[] source, int[] target, double[] weight) {
        if (source.length != target.length || source.length != weight.length) {
            throw new IllegalArgumentException("edge arrays of different lengths");
        }
        this.nodeCount = nodeCount;
        this.source = source;
        this.target = target;
        this.weight = weight;
        var degrees = new int[nodeCount];
        for (int e = 0; e < source.length; e++) {
            if (source[e] >= target[e] || source[e] < 0 || target[e] >= nodeCount) {
                throw new IllegalArgumentException("edge " + source[e] + "-" + target[e]);
            }
            degrees[source[e]]++;
            degrees[target[e]]++;
        }
        offsets = new int[nodeCount + 1];
        for (int v = 0; v < nodeCount; v++) {
            offsets[v + 1] = offsets[v] + degrees[v];
        }
        neighbours = new int[offsets[nodeCount]];
        neighbourWeights = new double[offsets[nodeCount]];
        var next = Arrays.copyOf(offsets, nodeCount);
        // Edges in order, so each list is in the order of the edges: the same input gives the same lists.
        for (int e = 0; e < source.length; e++) {
            int s = source[e], t = target[e];
            neighbours[next[s]] = t;
            neighbourWeights[next[s]++] = weight[e];
            neighbours[next[t]] = s;
            neighbourWeights[next[t]++] = weight[e];
        }
        weightedDegrees = new double[nodeCount];
        for (int v = 0; v < nodeCount; v++) {
            double sum = 0;
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                sum += neighbourWeights[i];
            }
            weightedDegrees[v] = sum;
        }
    }

    int nodeCount() {
        return nodeCount;
    }

    int edgeCount() {
        return source.length;
    }

    int source(int edge) {
        return source[edge];
    }

    int target(int edge) {
        return target[edge];
    }

    double weight(int edge) {
        return weight[edge];
    }

    int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** The sum of the weights of the node's edges. */
    double weightedDegree(int node) {
        return weightedDegrees[node];
    }

    /** The node's neighbours are {@code neighbour(i)} for i from {@code first(node)} to {@code end(node)}. */
    int first(int node) {
        return offsets[node];
    }

    int end(int node) {
        return offsets[node + 1];
    }

    int neighbour(int i) {
        return neighbours[i];
    }

    double neighbourWeight(int i) {
        return neighbourWeights[i];
    }

    /** Twice the total edge weight (2m), the denominator of modularity. */
    double totalDegree() {
        double sum = 0;
        for (double d : weightedDegrees) {
            sum += d;
        }
        return sum;
    }
}
