package org.coalitiongraph.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Betweenness and PageRank on graphs small enough to work out by hand. */
class CentralityTests {

    @Test
    void theMiddleOfAPathLiesOnTheOnlyPath() {
        var graph = new Graphs(3).edge(0, 1).edge(1, 2).build();

        assertThat(Centrality.betweenness(graph)).containsExactly(new double[] {0, 1, 0}, within(1e-12));
    }

    @Test
    void theCentreOfAStarLiesOnEveryPath() {
        var graph = new Graphs(5).edge(0, 1).edge(0, 2).edge(0, 3).edge(0, 4).build();

        // 6 pairs of leaves, all through the centre: 6 / (4 * 3 / 2).
        assertThat(Centrality.betweenness(graph)).containsExactly(new double[] {1, 0, 0, 0, 0}, within(1e-12));
    }

    @Test
    void inASquareEachNodeCarriesHalfOfOnePair() {
        var graph = new Graphs(4).edge(0, 1).edge(1, 2).edge(2, 3).edge(0, 3).build();

        // Opposite corners have two shortest paths; each node is on one of the two for one pair: 0.5 of 3 pairs.
        assertThat(Centrality.betweenness(graph)).containsExactly(new double[] {1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0},
                within(1e-12));
    }

    @Test
    void betweennessCountsHopsNotWeights() {
        // A triangle with one light edge: every pair is adjacent, so no node is between others.
        var graph = new Graphs(3).edge(0, 1, 0.1).edge(1, 2, 5).edge(0, 2, 5).build();

        assertThat(Centrality.betweenness(graph)).containsExactly(new double[] {0, 0, 0}, within(1e-12));
    }

    @Test
    void pageRankOfAStar() {
        var graph = new Graphs(4).edge(0, 1).edge(0, 2).edge(0, 3).build();

        // c = 0.15/4 + 0.85 * 3 l, l = 0.15/4 + 0.85 c / 3: c = 0.0375 * 3.55 / 0.2775.
        double centre = 0.0375 * 3.55 / 0.2775;
        double leaf = (1 - centre) / 3;
        assertThat(Centrality.pageRank(graph)).containsExactly(new double[] {centre, leaf, leaf, leaf}, within(1e-10));
    }

    @Test
    void pageRankFollowsWeights() {
        // A path 0-1-2 with weights 1 and 3: the middle's rank goes a quarter to 0, three quarters to 2.
        var graph = new Graphs(3).edge(0, 1, 1).edge(1, 2, 3).build();

        // r1 = 0.05 + 0.85 (r0 + r2) = 0.05 + 0.85 (1 - r1), so r1 = 0.9 / 1.85.
        double middle = 0.9 / 1.85;
        assertThat(Centrality.pageRank(graph)).containsExactly(
                new double[] {0.05 + 0.85 * middle / 4, middle, 0.05 + 0.85 * middle * 3 / 4}, within(1e-10));
    }

    @Test
    void pageRankOfASymmetricGraphIsUniform() {
        var graph = new Graphs(5).edge(0, 1).edge(1, 2).edge(2, 3).edge(3, 4).edge(0, 4).build();

        assertThat(Centrality.pageRank(graph)).containsOnly(0.2, 0.2, 0.2, 0.2, 0.2);
    }
}
