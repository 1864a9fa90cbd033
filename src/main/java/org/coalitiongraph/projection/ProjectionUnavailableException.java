package org.coalitiongraph.projection;

/** The analytics have no copy of the graph yet: the first read failed or is still running. */
public final class ProjectionUnavailableException extends RuntimeException {

    ProjectionUnavailableException(RuntimeException cause) {
        super(cause == null
                ? "The analytics are still reading the graph; try again in a moment"
                : "The analytics could not read the graph: " + cause.getMessage(), cause);
    }
}
