package org.coalitiongraph.paging;

/** One row of a connection: the node and the cursor that points just past it. */
public interface Edge<T> {

    String cursor();

    T node();
}
