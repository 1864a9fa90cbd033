package org.coalitiongraph.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The measures of a network computed the plainest way from an edge list (the Cypher oracle's),
 * by other methods than the app's: betweenness by counting shortest paths between every pair,
 * PageRank by solving its linear equations outright.
 */
final class NetworkReference {

    record Edge(String source, String target, double weight, int shared) {
    }

    final List<Edge> edges;
    final List<String> nodes;
    final Map<String, Integer> index = new HashMap<>();
    final double[][] weights;

    NetworkReference(List<Edge> edges) {
        this.edges = edges;
        var ids = new TreeSet<String>();
        edges.forEach(e -> {
            ids.add(e.source());
            ids.add(e.target());
        });
        nodes = new ArrayList<>(ids);
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i), i);
        }
        weights = new double[nodes.size()][nodes.size()];
        edges.forEach(e -> {
            weights[index.get(e.source())][index.get(e.target())] = e.weight();
            weights[index.get(e.target())][index.get(e.source())] = e.weight();
        });
    }

    int degree(String id) {
        return (int) edges.stream().filter(e -> e.source().equals(id) || e.target().equals(id)).count();
    }

    double weightedDegree(String id) {
        return edges.stream().filter(e -> e.source().equals(id) || e.target().equals(id)).mapToDouble(Edge::weight).sum();
    }

    /** Newman's modularity with a resolution, straight from its definition over pairs of nodes. */
    double modularity(Map<String, Integer> community, double resolution) {
        int n = nodes.size();
        double twiceTotal = 0;
        var degrees = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                degrees[i] += weights[i][j];
            }
            twiceTotal += degrees[i];
        }
        double q = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (community.get(nodes.get(i)).equals(community.get(nodes.get(j)))) {
                    q += weights[i][j] - resolution * degrees[i] * degrees[j] / twiceTotal;
                }
            }
        }
        return q / twiceTotal;
    }

    /** For every pair s, t of other nodes, the share of shortest s-t paths through v; over all such pairs. */
    Map<String, Double> betweenness() {
        int n = nodes.size();
        var distance = new int[n][n];
        var paths = new double[n][n];
        for (int s = 0; s < n; s++) {
            java.util.Arrays.fill(distance[s], -1);
            distance[s][s] = 0;
            paths[s][s] = 1;
            var frontier = new ArrayList<Integer>(List.of(s));
            while (!frontier.isEmpty()) {
                var next = new ArrayList<Integer>();
                for (int v : frontier) {
                    for (int w = 0; w < n; w++) {
                        if (weights[v][w] == 0) {
                            continue;
                        }
                        if (distance[s][w] < 0) {
                            distance[s][w] = distance[s][v] + 1;
                            next.add(w);
                        }
                        if (distance[s][w] == distance[s][v] + 1) {
                            paths[s][w] += paths[s][v];
                        }
                    }
                }
                frontier = next;
            }
        }
        var answer = new HashMap<String, Double>();
        for (int v = 0; v < n; v++) {
            double sum = 0;
            for (int s = 0; s < n; s++) {
                for (int t = s + 1; t < n; t++) {
                    if (s == v || t == v || distance[s][t] < 0 || distance[s][v] < 0 || distance[v][t] < 0) {
                        continue;
                    }
                    if (distance[s][v] + distance[v][t] == distance[s][t]) {
                        sum += paths[s][v] * paths[v][t] / paths[s][t];
                    }
                }
            }
            answer.put(nodes.get(v), n > 2 ? sum / ((n - 1.0) * (n - 2.0) / 2) : 0);
        }
        return answer;
    }

    /** r = (1 - d)/n + d M r, M[v][u] = w(u, v) / degree(u), solved by Gaussian elimination. */
    Map<String, Double> pageRank() {
        int n = nodes.size();
        double d = 0.85;
        var degrees = new double[n];
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                degrees[u] += weights[u][v];
            }
        }
        var a = new double[n][n + 1];
        for (int v = 0; v < n; v++) {
            for (int u = 0; u < n; u++) {
                a[v][u] = (u == v ? 1 : 0) - d * weights[u][v] / degrees[u];
            }
            a[v][n] = (1 - d) / n;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            var swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    double factor = a[row][col] / a[col][col];
                    for (int k = col; k <= n; k++) {
                        a[row][k] -= factor * a[col][k];
                    }
                }
            }
        }
        var answer = new HashMap<String, Double>();
        for (int v = 0; v < n; v++) {
            answer.put(nodes.get(v), a[v][n] / a[v][v]);
        }
        return answer;
    }
}
