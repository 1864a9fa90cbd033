package org.coalitiongraph.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Louvain on graphs whose communities are known. */
class LouvainTests {

    @Test
    void twoCliquesJoinedByOneEdgeAreTwoCommunities() {
        var graph = new Graphs(10).clique(0, 5).clique(5, 5).edge(4, 5).build();

        int[] community = Louvain.communities(graph, 1.0);

        assertThat(community).containsExactly(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
        // 21 edges; each clique holds 10 of them and half the degree: 2 (10/21 - (21/42)^2).
        assertThat(Louvain.modularity(graph, community, 1.0)).isCloseTo(20.0 / 21 - 0.5, within(1e-12));
    }

    @Test
    void aRingOfCliquesIsOneCommunityPerClique() {
        var ring = new Graphs(24);
        for (int c = 0; c < 6; c++) {
            ring.clique(4 * c, 4).edge(4 * c + 3, (4 * c + 4) % 24);
        }
        var graph = ring.build();

        int[] community = Louvain.communities(graph, 1.0);

        for (int c = 0; c < 6; c++) {
            for (int k = 1; k < 4; k++) {
                assertThat(community[4 * c + k]).as("node %d with node %d", 4 * c + k, 4 * c).isEqualTo(community[4 * c]);
            }
            assertThat(community[(4 * c + 4) % 24]).as("clique %d apart from the next", c).isNotEqualTo(community[4 * c]);
        }
        assertThat(java.util.Arrays.stream(community).distinct().count()).isEqualTo(6);
        // 42 edges; each clique 6 of them and degree 14: 6 (6/42 - (14/84)^2).
        assertThat(Louvain.modularity(graph, community, 1.0)).isCloseTo(6 * (6.0 / 42 - 1.0 / 36), within(1e-12));
    }

    @Test
    void weightsDecideBetweenEqualStructures() {
        // A square: heavy 0-1 and 2-3, light 1-2 and 3-0.
        var graph = new Graphs(4).edge(0, 1, 5).edge(1, 2, 1).edge(2, 3, 5).edge(0, 3, 1).build();

        assertThat(Louvain.communities(graph, 1.0)).containsExactly(0, 0, 1, 1);
    }

    @Test
    void aLowResolutionMergesAndAHighOneSplits() {
        var graph = new Graphs(10).clique(0, 5).clique(5, 5).edge(4, 5).build();

        assertThat(Louvain.communities(graph, 0.01)).containsOnly(0);
        assertThat(java.util.Arrays.stream(Louvain.communities(graph, 20)).distinct().count()).isGreaterThan(2);
    }

    @Test
    void largerCommunitiesComeFirstAndDisconnectedPartsAreApart() {
        // A triangle (nodes 0-2) and, unconnected to it, a clique of four (3-6).
        var graph = new Graphs(7).clique(0, 3).clique(3, 4).build();

        assertThat(Louvain.communities(graph, 1.0)).containsExactly(1, 1, 1, 0, 0, 0, 0);
    }

    @Test
    void theSameGraphGivesTheSameCommunities() {
        var random = new java.util.Random(7);
        var builder = new Graphs(60);
        for (int a = 0; a < 60; a++) {
            for (int b = a + 1; b < 60; b++) {
                if (random.nextDouble() < (a / 20 == b / 20 ? 0.5 : 0.05)) {
                    builder.edge(a, b, 0.5 + random.nextDouble());
                }
            }
        }
        var graph = builder.build();

        int[] first = Louvain.communities(graph, 1.0);

        assertThat(Louvain.communities(graph, 1.0)).containsExactly(first);
        // The three planted groups are found.
        for (int v = 0; v < 60; v++) {
            assertThat(first[v]).as("node %d", v).isEqualTo(first[v / 20 * 20]);
        }
        assertThat(java.util.Arrays.stream(first).distinct().count()).isEqualTo(3);
    }
}
