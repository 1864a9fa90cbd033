package org.coalitiongraph.statement;

import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.paging.Edge;

/** A signatory of a statement with the part it took. */
public record SignatoryEdge(String cursor, Actor node, SignatureRole role, String marker) implements Edge<Actor> {
}
