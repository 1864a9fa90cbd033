package org.coalitiongraph.alignment;

import org.coalitiongraph.actor.Actor;

/**
 * An actor that signed {@code count} statements together with the one asked about. The statements
 * themselves are read only when asked for ({@link CoSigners#statements}).
 */
public record CoSigner(Actor actor, int count, Pair pair) {
}
