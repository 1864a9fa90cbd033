package org.coalitiongraph.network;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Community detection by the Louvain method (Blondel et al. 2008) with a resolution parameter:
 * nodes move to the neighbouring community that raises modularity most, communities are merged
 * into nodes, and again, until nothing moves. Afterwards a community that is not connected is split
 * into its connected parts (which only raises modularity; the flaw Leiden was made to fix).
 * Deterministic: nodes are visited in number order, ties keep a node where it is or go to the
 * community met first, and communities are numbered by size (largest 0), then by their lowest node.
 */
final class Louvain {

    /** A gain must exceed this to move a node, so that rounding never makes nodes swap back and forth. */
    private static final double EPSILON = 1e-12;
    private static final int MAX_PASSES = 1_000;

    private Louvain() {
    }

    /** @return each node's community, 0 for the largest */
    static int[] communities(WeightedGraph graph, double resolution) {
        int n = graph.nodeCount();
        var level = Level.of(graph);
        // The community of each original node, in the numbering of the current level's nodes.
        var membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = v;
        }
        while (true) {
            var moved = level.moveNodes(resolution);
            if (moved == null) {
                break;
            }
            for (int v = 0; v < n; v++) {
                membership[v] = moved[membership[v]];
            }
            level = level.aggregate(moved);
        }
        return renumber(splitDisconnected(graph, membership));
    }

    /**
     * Modularity with a resolution: the sum over communities of (weight inside / m) minus
     * resolution times (degree sum / 2m) squared; Newman's modularity at resolution 1.
     */
    static double modularity(WeightedGraph graph, int[] community, double resolution) {
        double twiceTotal = graph.totalDegree();
        if (twiceTotal == 0) {
            return 0;
        }
        int count = Arrays.stream(community).max().orElse(-1) + 1;
        var inside = new double[count];
        var degrees = new double[count];
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (community[graph.source(e)] == community[graph.target(e)]) {
                inside[community[graph.source(e)]] += 2 * graph.weight(e);
            }
        }
        for (int v = 0; v < graph.nodeCount(); v++) {
            degrees[community[v]] += graph.weightedDegree(v);
        }
        double q = 0;
        for (int c = 0; c < count; c++) {
            double share = degrees[c] / twiceTotal;
            q += inside[c] / twiceTotal - resolution * share * share;
        }
        return q;
    }

    /** One level of the method: a graph whose nodes may stand for communities of the level below. */
    private record Level(int n, int[] offsets, int[] neighbours, double[] weights, double[] selfLoops,
            double[] degrees, double twiceTotal) {

        static Level of(WeightedGraph graph) {
            int n = graph.nodeCount();
            var offsets = new int[n + 1];
            for (int v = 0; v < n; v++) {
                offsets[v + 1] = graph.end(v);
            }
            var neighbours = new int[offsets[n]];
            var weights = new double[offsets[n]];
            for (int i = 0; i < offsets[n]; i++) {
                neighbours[i] = graph.neighbour(i);
                weights[i] = graph.neighbourWeight(i);
            }
            var degrees = new double[n];
            for (int v = 0; v < n; v++) {
                degrees[v] = graph.weightedDegree(v);
            }
            return new Level(n, offsets, neighbours, weights, new double[n], degrees, graph.totalDegree());
        }

        /**
         * Moves nodes between communities until no move raises modularity.
         *
         * @return each node's community, numbered densely in order of the lowest node; null when no node moved
         */
        int[] moveNodes(double resolution) {
            var community = new int[n];
            var totals = new double[n];
            for (int v = 0; v < n; v++) {
                community[v] = v;
                totals[v] = degrees[v];
            }
            var towards = new double[n];
            var seen = new boolean[n];
            var met = new int[n];
            boolean anyMove = false;
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                boolean moved = false;
                for (int v = 0; v < n; v++) {
                    int metCount = 0;
                    for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                        int c = community[neighbours[i]];
                        if (!seen[c]) {
                            seen[c] = true;
                            met[metCount++] = c;
                        }
                        towards[c] += weights[i];
                    }
                    int current = community[v];
                    totals[current] -= degrees[v];
                    int best = current;
                    double bestGain = towards[current] - resolution * totals[current] * degrees[v] / twiceTotal;
                    for (int j = 0; j < metCount; j++) {
                        int c = met[j];
                        double gain = towards[c] - resolution * totals[c] * degrees[v] / twiceTotal;
                        if (gain > bestGain + EPSILON) {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    totals[best] += degrees[v];
                    community[v] = best;
                    if (best != current) {
                        moved = true;
                    }
                    for (int j = 0; j < metCount; j++) {
                        towards[met[j]] = 0;
                        seen[met[j]] = false;
                    }
                }
                if (!moved) {
                    break;
                }
                anyMove = true;
            }
            return anyMove ? dense(community) : null;
        }

        /** The graph of the communities: weights between them summed, weights within them self-loops. */
        Level aggregate(int[] community) {
            int count = Arrays.stream(community).max().orElse(-1) + 1;
            // Members of each community, by counting sort.
            var start = new int[count + 1];
            for (int c : community) {
                start[c + 1]++;
            }
            for (int c = 0; c < count; c++) {
                start[c + 1] += start[c];
            }
            var members = new int[n];
            var fill = Arrays.copyOf(start, count);
            for (int v = 0; v < n; v++) {
                members[fill[community[v]]++] = v;
            }
            var selfLoops = new double[count];
            var degreesOut = new double[count];
            var offsetsOut = new int[count + 1];
            var neighboursOut = new int[offsets[n]];
            var weightsOut = new double[offsets[n]];
            var towards = new double[count];
            var seen = new boolean[count];
            var met = new int[count];
            int size = 0;
            for (int c = 0; c < count; c++) {
                int metCount = 0;
                for (int m = start[c]; m < start[c + 1]; m++) {
                    int v = members[m];
                    selfLoops[c] += selfLoops()[v];
                    degreesOut[c] += degrees[v];
                    for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                        int d = community[neighbours[i]];
                        if (d == c) {
                            selfLoops[c] += weights[i];
                            continue;
                        }
                        if (!seen[d]) {
                            seen[d] = true;
                            met[metCount++] = d;
                        }
                        towards[d] += weights[i];
                    }
                }
                for (int j = 0; j < metCount; j++) {
                    neighboursOut[size] = met[j];
                    weightsOut[size++] = towards[met[j]];
                    towards[met[j]] = 0;
                    seen[met[j]] = false;
                }
                offsetsOut[c + 1] = size;
            }
            return new Level(count, offsetsOut, Arrays.copyOf(neighboursOut, size), Arrays.copyOf(weightsOut, size),
                    selfLoops, degreesOut, twiceTotal);
        }
    }

    /** Community labels renumbered 0, 1, … in order of their lowest node. */
    private static int[] dense(int[] labels) {
        var renamed = new int[labels.length];
        Arrays.fill(renamed, -1);
        var answer = new int[labels.length];
        int next = 0;
        for (int v = 0; v < labels.length; v++) {
            if (renamed[labels[v]] < 0) {
                renamed[labels[v]] = next++;
            }
            answer[v] = renamed[labels[v]];
        }
        return answer;
    }

    /** Each community's connected parts as communities of their own. */
    private static int[] splitDisconnected(WeightedGraph graph, int[] community) {
        int n = graph.nodeCount();
        var part = new int[n];
        Arrays.fill(part, -1);
        int next = 0;
        var queue = new ArrayDeque<Integer>();
        for (int s = 0; s < n; s++) {
            if (part[s] >= 0) {
                continue;
            }
            part[s] = next;
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int i = graph.first(v); i < graph.end(v); i++) {
                    int w = graph.neighbour(i);
                    if (part[w] < 0 && community[w] == community[v]) {
                        part[w] = next;
                        queue.add(w);
                    }
                }
            }
            next++;
        }
        return part;
    }

    /** Largest community first; equal sizes in order of their lowest node. */
    private static int[] renumber(int[] labels) {
        int[] dense = dense(labels);
        int count = Arrays.stream(dense).max().orElse(-1) + 1;
        var sizes = new int[count];
        for (int c : dense) {
            sizes[c]++;
        }
        // Dense labels already follow the lowest node, so a stable sort by size keeps that order for ties.
        Integer[] order = new Integer[count];
        for (int c = 0; c < count; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(sizes[y], sizes[x]));
        var rank = new int[count];
        for (int r = 0; r < count; r++) {
            rank[order[r]] = r;
        }
        var answer = new int[dense.length];
        for (int v = 0; v < dense.length; v++) {
            answer[v] = rank[dense[v]];
        }
        return answer;
    }
}
