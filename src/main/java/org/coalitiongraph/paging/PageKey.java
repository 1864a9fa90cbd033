package org.coalitiongraph.paging;

/** One parent's page of a nested list, as a batch-loading key. */
public record PageKey(String parent, PageRequest page) {
}
