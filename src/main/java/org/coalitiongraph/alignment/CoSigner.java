package org.coalitiongraph.alignment;

import java.util.List;

import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.statement.Statement;

/** An actor that signed {@code count} statements together with the one asked about. */
public record CoSigner(Actor actor, int count, List<Statement> statements) {
}
