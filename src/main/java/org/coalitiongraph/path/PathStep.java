package org.coalitiongraph.path;

import java.util.List;

import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.statement.Statement;

/** One hop of a chain: two actors and the statements both signed within the filter, newest first. */
public record PathStep(Actor from, Actor to, int count, List<Statement> statements) {
}
