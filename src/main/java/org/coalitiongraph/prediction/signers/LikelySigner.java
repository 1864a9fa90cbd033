package org.coalitiongraph.prediction.signers;

import java.util.List;

import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.prediction.Reason;

/**
 * A state that may join the statement.
 *
 * @param signed for a statement in the graph, whether the state did sign it; null for a draft
 */
public record LikelySigner(Actor state, double probability, List<Reason> reasons, Boolean signed) {
}
