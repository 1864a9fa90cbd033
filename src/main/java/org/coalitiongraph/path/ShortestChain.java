package org.coalitiongraph.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The shortest chain of co-signatures between two actors, by breadth-first search over the
 * bipartite graph of actors and the statements they signed. One search from the far end gives every
 * actor's distance to it (it stops once the near end is reached); the chain is then walked from the
 * near end, at each hop taking the actor one hop closer that comes first in {@code order}. So among
 * equally short chains the answer is the one whose actors, read from the near end, come first in
 * {@code order} at the first place where they differ, whatever the numbering of the actors.
 *
 * <p>Works on plain arrays so that it can be tested apart from the projection.
 */
final class ShortestChain {

    private ShortestChain() {
    }

    /** Who signed what: actors and statements numbered from 0, lists ascending. */
    interface Signatures {

        int actorCount();

        int statementCount();

        int[] signed(int actor);

        int[] signers(int statement);
    }

    /**
     * @param graph         who signed what
     * @param admitted      which statements may link two actors
     * @param passable      which actors may stand between the ends (the ends need not be)
     * @param order         which actor to take among equally good ones
     * @return the actors of the chain, {@code from} first and {@code to} last; {@code [from]} when they
     *         are the same; null when no chain links them
     */
    static int[] find(Signatures graph, IntPredicate admitted, IntPredicate passable,
            Comparator<Integer> order, int from, int to) {
        if (from == to) {
            return new int[] {from};
        }
        var distance = new int[graph.actorCount()];
        Arrays.fill(distance, -1);
        var expanded = new BitSet(graph.statementCount());
        var queue = new int[graph.actorCount()];
        int head = 0, tail = 0;
        distance[to] = 0;
        queue[tail++] = to;
        search:
        while (head < tail) {
            int actor = queue[head++];
            for (int s : graph.signed(actor)) {
                if (expanded.get(s) || !admitted.test(s)) {
                    continue;
                }
                expanded.set(s);
                for (int other : graph.signers(s)) {
                    if (distance[other] >= 0) {
                        continue;
                    }
                    if (other == from) {
                        distance[other] = distance[actor] + 1;
                        // Every actor nearer to `to` than `from` has its distance now.
                        break search;
                    }
                    if (passable.test(other)) {
                        distance[other] = distance[actor] + 1;
                        queue[tail++] = other;
                    }
                }
            }
        }
        if (distance[from] < 0) {
            return null;
        }
        var chain = new int[distance[from] + 1];
        chain[0] = from;
        for (int hop = 1; hop < chain.length; hop++) {
            chain[hop] = nextHop(graph, admitted, order, distance, chain[hop - 1], to);
        }
        return chain;
    }

    /** Among the actors one hop closer to {@code to} that signed an admitted statement with {@code actor}, the first. */
    private static int nextHop(Signatures graph, IntPredicate admitted, Comparator<Integer> order,
            int[] distance, int actor, int to) {
        int wanted = distance[actor] - 1;
        int best = -1;
        for (int s : graph.signed(actor)) {
            if (!admitted.test(s)) {
                continue;
            }
            for (int other : graph.signers(s)) {
                // Distances are set only on the ends and on passable actors.
                if (distance[other] == wanted && other != actor && (best < 0 || order.compare(other, best) < 0)) {
                    best = other;
                }
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no hop from actor " + actor + " towards " + to);
        }
        return best;
    }

    /** The statements both actors signed that {@code admitted} lets through, ascending. */
    static List<Integer> together(int[] signedByA, int[] signedByB, IntPredicate admitted) {
        var together = new ArrayList<Integer>();
        int i = 0, j = 0;
        while (i < signedByA.length && j < signedByB.length) {
            if (signedByA[i] < signedByB[j]) {
                i++;
            } else if (signedByA[i] > signedByB[j]) {
                j++;
            } else {
                if (admitted.test(signedByA[i])) {
                    together.add(signedByA[i]);
                }
                i++;
                j++;
            }
        }
        return together;
    }
}
