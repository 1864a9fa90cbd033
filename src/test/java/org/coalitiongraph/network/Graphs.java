package org.coalitiongraph.network;

import java.util.ArrayList;
import java.util.List;

/** Small graphs for the unit tests, built edge by edge. */
final class Graphs {

    private final int nodes;
    private final List<int[]> ends = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    Graphs(int nodes) {
        this.nodes = nodes;
    }

    Graphs edge(int a, int b, double weight) {
        ends.add(new int[] {Math.min(a, b), Math.max(a, b)});
        weights.add(weight);
        return this;
    }

    Graphs edge(int a, int b) {
        return edge(a, b, 1);
    }

    /** Every pair among {@code first} .. {@code first + size - 1}. */
    Graphs clique(int first, int size) {
        for (int a = first; a < first + size; a++) {
            for (int b = a + 1; b < first + size; b++) {
                edge(a, b);
            }
        }
        return this;
    }

    WeightedGraph build() {
        return new WeightedGraph(nodes, ends.stream().mapToInt(e -> e[0]).toArray(),
                ends.stream().mapToInt(e -> e[1]).toArray(), weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
