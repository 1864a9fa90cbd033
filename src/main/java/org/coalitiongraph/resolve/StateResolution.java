package org.coalitiongraph.resolve;

import java.util.List;

import org.coalitiongraph.actor.State;

/** A {@link NameMatch} for GraphQL, with the states loaded. */
record StateResolution(String input, ResolutionStatus status, State state, MatchKind matchedBy, String matched,
        List<State> candidates) {
}
