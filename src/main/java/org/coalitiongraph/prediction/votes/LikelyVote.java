package org.coalitiongraph.prediction.votes;

import java.util.List;

import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.prediction.Reason;
import org.coalitiongraph.projection.Vote;

/**
 * How one state is likely to vote: yes, no and abstain adding up to 1, the reasons, and the vote it
 * cast when one is recorded (reported beside the prediction, never read by it).
 */
public record LikelyVote(Actor state, double yes, double no, double abstain, Vote actual, List<Reason> reasons) {

    public LikelyVote {
        reasons = List.copyOf(reasons);
    }
}
