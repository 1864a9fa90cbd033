package org.coalitiongraph.prediction.votes;

import java.time.LocalDate;
import java.util.List;

import org.coalitiongraph.prediction.ModelWeight;

/**
 * The likely votes of the states in one roll call, as predicted from the history before {@code asOf}.
 *
 * @param rollCall   the roll call's statement id
 * @param asOf       the first day not read
 * @param candidates how many states were predicted; {@code states} holds the first of them
 * @param states     the most likely to vote yes first (then by name)
 * @param weights    the weights of the P(yes) model, then those of P(no | not yes)
 */
public record LikelyVotesAnswer(String rollCall, LocalDate asOf, int candidates, List<LikelyVote> states,
        List<ModelWeight> weights) {

    public LikelyVotesAnswer {
        states = List.copyOf(states);
        weights = List.copyOf(weights);
    }
}
