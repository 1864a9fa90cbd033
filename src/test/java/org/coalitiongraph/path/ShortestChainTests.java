package org.coalitiongraph.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

class ShortestChainTests {

    /** Who signed what, from a list of statements given as the actors that signed each. */
    record Graph(int actors, int[][] signers) implements ShortestChain.Signatures {

        static Graph of(int actors, int[]... signers) {
            return new Graph(actors, signers);
        }

        @Override
        public int actorCount() {
            return actors;
        }

        @Override
        public int statementCount() {
            return signers.length;
        }

        @Override
        public int[] signed(int actor) {
            var signed = new ArrayList<Integer>();
            for (int s = 0; s < signers.length; s++) {
                if (Arrays.binarySearch(signers[s], actor) >= 0) {
                    signed.add(s);
                }
            }
            return signed.stream().mapToInt(Integer::intValue).toArray();
        }

        @Override
        public int[] signers(int statement) {
            return signers[statement];
        }
    }

    private static final IntPredicate ALL = x -> true;
    private static final Comparator<Integer> BY_NUMBER = Comparator.naturalOrder();

    @Test
    void anActorToItselfIsZeroHops() {
        var graph = Graph.of(2, new int[] {0, 1});
        assertThat(ShortestChain.find(graph, ALL, ALL, BY_NUMBER, 1, 1)).containsExactly(1);
    }

    @Test
    void takesTheShortestChainAndNoneWhenNothingLinks() {
        // 0-1-2-3-4 along statements 0..3, and 0-5-4 through statement 4 and 5.
        var graph = Graph.of(7, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}, new int[] {3, 4},
                new int[] {0, 5}, new int[] {4, 5});
        assertThat(ShortestChain.find(graph, ALL, ALL, BY_NUMBER, 0, 4)).containsExactly(0, 5, 4);
        assertThat(ShortestChain.find(graph, ALL, ALL, BY_NUMBER, 4, 0)).containsExactly(4, 5, 0);
        // Statement 5 left out by the filter: the long way round.
        assertThat(ShortestChain.find(graph, s -> s != 5, ALL, BY_NUMBER, 0, 4)).containsExactly(0, 1, 2, 3, 4);
        // Actor 6 signed nothing.
        assertThat(ShortestChain.find(graph, ALL, ALL, BY_NUMBER, 0, 6)).isNull();
        assertThat(ShortestChain.find(graph, s -> s != 5 && s != 2, ALL, BY_NUMBER, 0, 4)).isNull();
    }

    @Test
    void onlyPassableActorsStandBetweenButTheEndsNeedNotBe() {
        var graph = Graph.of(6, new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 3}, new int[] {3, 4},
                new int[] {2, 4});
        IntPredicate notOne = a -> a != 1;
        assertThat(ShortestChain.find(graph, ALL, ALL, BY_NUMBER, 0, 2)).containsExactly(0, 1, 2);
        assertThat(ShortestChain.find(graph, ALL, notOne, BY_NUMBER, 0, 2)).containsExactly(0, 3, 4, 2);
        // Neither end is passable: still found.
        IntPredicate onlyThreeAndFour = a -> a == 3 || a == 4;
        assertThat(ShortestChain.find(graph, ALL, onlyThreeAndFour, BY_NUMBER, 0, 2)).containsExactly(0, 3, 4, 2);
        assertThat(ShortestChain.find(graph, ALL, a -> false, BY_NUMBER, 0, 2)).isNull();
        assertThat(ShortestChain.find(graph, ALL, a -> false, BY_NUMBER, 0, 1)).containsExactly(0, 1);
    }

    @Test
    void amongEquallyShortChainsTakesTheFirstInOrderFromTheStart() {
        // 0 to 9 in three hops four ways: 0-1-3-9, 0-1-4-9, 0-2-3-9, 0-2-5-9 (1 and 2 both reach 3).
        var graph = Graph.of(10, new int[] {0, 1, 2}, new int[] {1, 3, 4}, new int[] {2, 3, 5}, new int[] {3, 9},
                new int[] {4, 9}, new int[] {5, 9});
        assertThat(ShortestChain.find(graph, ALL, ALL, BY_NUMBER, 0, 9)).containsExactly(0, 1, 3, 9);
        Comparator<Integer> reversed = Comparator.reverseOrder();
        assertThat(ShortestChain.find(graph, ALL, ALL, reversed, 0, 9)).containsExactly(0, 2, 5, 9);
        // Names order 2 before 1, and 4 before 3 and 5: the first hop decides, then the second.
        var names = new String[] {"a", "z", "b", "y", "c", "x", "", "", "", "end"};
        Comparator<Integer> byName = Comparator.comparing((Integer a) -> names[a]);
        assertThat(ShortestChain.find(graph, ALL, ALL, byName, 0, 9)).containsExactly(0, 2, 5, 9);
    }

    @Test
    void isAsShortAsAPlainSearchAndTheLeastInOrderOnRandomGraphs() {
        var random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int actors = 2 + random.nextInt(12);
            int statements = random.nextInt(12);
            var signers = new int[statements][];
            for (int s = 0; s < statements; s++) {
                signers[s] = random.ints(actors, 0, actors).limit(1 + random.nextInt(3)).distinct().sorted().toArray();
            }
            var graph = new Graph(actors, signers);
            boolean[] passable = new boolean[actors];
            boolean[] admitted = new boolean[statements];
            for (int a = 0; a < actors; a++) {
                passable[a] = random.nextInt(4) != 0;
            }
            for (int s = 0; s < statements; s++) {
                admitted[s] = random.nextInt(4) != 0;
            }
            int from = random.nextInt(actors);
            int to = random.nextInt(actors);
            var chain = ShortestChain.find(graph, s -> admitted[s], a -> passable[a], BY_NUMBER, from, to);
            var expected = leastShortest(graph, admitted, passable, from, to);
            assertThat(chain).as("round %d", round).isEqualTo(expected == null ? null
                    : expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** Every simple chain enumerated: the shortest, least in number order. */
    private static List<Integer> leastShortest(Graph graph, boolean[] admitted, boolean[] passable, int from, int to) {
        var all = new ArrayList<List<Integer>>();
        var current = new ArrayList<Integer>();
        current.add(from);
        walk(graph, admitted, passable, to, current, all);
        return all.stream().min(Comparator.<List<Integer>>comparingInt(List::size).thenComparing((x, y) -> {
            for (int i = 0; i < x.size(); i++) {
                int c = Integer.compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        })).orElse(null);
    }

    private static void walk(Graph graph, boolean[] admitted, boolean[] passable, int to, List<Integer> current,
            List<List<Integer>> all) {
        int last = current.getLast();
        if (last == to) {
            all.add(List.copyOf(current));
            return;
        }
        if (current.size() > 1 && !passable[last]) {
            return;
        }
        for (int s : graph.signed(last)) {
            if (!admitted[s]) {
                continue;
            }
            for (int next : graph.signers(s)) {
                if (!current.contains(next)) {
                    current.add(next);
                    walk(graph, admitted, passable, to, current, all);
                    current.removeLast();
                }
            }
        }
    }

    @Test
    void togetherListsTheAdmittedStatementsBothSigned() {
        assertThat(ShortestChain.together(new int[] {1, 3, 5, 7}, new int[] {0, 3, 5, 6, 7}, s -> s != 5))
                .containsExactly(3, 7);
    }
}
