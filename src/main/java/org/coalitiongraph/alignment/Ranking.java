package org.coalitiongraph.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.coalitiongraph.projection.Projection;

/**
 * The first few actors by score, then basis, then name and id: a bounded heap, so that ranking
 * twenty thousand candidates does not sort them all.
 */
final class Ranking {

    /** A candidate: its number in the projection, its score and what the score rests on. */
    record Ranked(int actor, double score, int basis) {
    }

    private final PriorityQueue<Ranked> worstFirst;
    private final Comparator<Ranked> order;
    private final int first;

    /** @param highestFirst true for the highest scores, false for the lowest */
    Ranking(Projection p, boolean highestFirst, int first) {
        Comparator<Ranked> byScore = Comparator.comparingDouble(Ranked::score);
        this.order = (highestFirst ? byScore.reversed() : byScore)
                .thenComparing(Comparator.comparingInt(Ranked::basis).reversed())
                .thenComparing(r -> p.actorSortKey(r.actor()))
                .thenComparing(r -> p.actorId(r.actor()));
        this.worstFirst = new PriorityQueue<>(first + 1, order.reversed());
        this.first = first;
    }

    void offer(int actor, double score, int basis) {
        var candidate = new Ranked(actor, score, basis);
        if (worstFirst.size() < first) {
            worstFirst.add(candidate);
        } else if (order.compare(candidate, worstFirst.peek()) < 0) {
            worstFirst.poll();
            worstFirst.add(candidate);
        }
    }

    List<Ranked> best() {
        var best = new ArrayList<>(worstFirst);
        best.sort(order);
        return best;
    }
}
