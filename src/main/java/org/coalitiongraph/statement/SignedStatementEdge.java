package org.coalitiongraph.statement;

import org.coalitiongraph.paging.Edge;

/** A statement an actor signed, with the part it took. */
public record SignedStatementEdge(String cursor, Statement node, SignatureRole role, String marker)
        implements Edge<Statement> {
}
