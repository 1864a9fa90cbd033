package org.coalitiongraph.alignment;

import org.coalitiongraph.actor.Actor;

/** An actor that voted in the same roll calls as the one asked about, with how alike. */
public record CoVoter(Actor actor, double agreement, int sharedRollCalls, int identical, int oneAbstained,
        int opposite) {
}
