package org.coalitiongraph.actor;

import java.util.List;

/** Which actors a list holds (GraphQL input {@code ActorFilter}); null parts place no restriction. */
public record ActorFilter(List<ActorKind> kinds, List<String> regionalGroups, Boolean ecosocStatus, String name) {

    public static final ActorFilter NONE = new ActorFilter(null, null, null, null);
}
