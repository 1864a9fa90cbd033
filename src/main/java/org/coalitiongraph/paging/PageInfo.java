package org.coalitiongraph.paging;

public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
}
