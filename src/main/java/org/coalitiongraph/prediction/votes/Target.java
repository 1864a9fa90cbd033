package org.coalitiongraph.prediction.votes;

import java.util.stream.IntStream;

/**
 * A roll call to predict: the history before {@code cutoff} (the roll call itself excluded) and the
 * states to predict.
 */
record Target(int rollCall, int cutoff, int[] candidates) {

    /** A roll call of the history as it would have been predicted on its day: its voters are the candidates. */
    static Target at(VoteHistory history, int position) {
        int[] voters = IntStream.range(0, history.projection.actorCount()).filter(a -> history.voted(a, position))
                .toArray();
        return new Target(history.rollCall(position), history.day(position), voters);
    }

    VoteEvidence.Neighbours neighbours(VoteHistory history) {
        return VoteEvidence.Neighbours.of(history, history.similarities(rollCall), history.before(cutoff),
                history.position(rollCall), cutoff);
    }

    VoteEvidence.State[] evidence(VoteHistory history) {
        return VoteEvidence.of(history, neighbours(history), history.projection.rollCallStatement(rollCall), cutoff,
                candidates);
    }
}
