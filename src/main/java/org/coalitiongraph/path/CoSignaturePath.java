package org.coalitiongraph.path;

import java.util.List;

import org.coalitiongraph.actor.Actor;

/**
 * The answer of {@code path}: the chain of actors from one end to the other and the steps between
 * them; {@code hops} is null and the lists empty when no chain links the two within the filter.
 */
public record CoSignaturePath(Actor from, Actor to, Integer hops, List<Actor> actors, List<PathStep> steps) {

    public boolean found() {
        return hops != null;
    }
}
