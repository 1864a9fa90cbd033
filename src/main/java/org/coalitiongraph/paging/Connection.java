package org.coalitiongraph.paging;

import java.util.List;

/**
 * A page of a list in the Relay connection shape, with the size of the whole list.
 *
 * @param totalCount how many rows the list has in all, across pages
 */
public record Connection<E extends Edge<?>>(List<E> edges, PageInfo pageInfo, int totalCount) {

    public List<?> nodes() {
        return edges.stream().map(Edge::node).toList();
    }

    /**
     * @param rows the rows after the cursor, in order: up to {@code first + 1}, the extra one only
     *             telling that a next page exists
     */
    public static <E extends Edge<?>> Connection<E> of(List<E> rows, int first, boolean hasPrevious, int total) {
        var edges = rows.size() > first ? rows.subList(0, first) : rows;
        var info = new PageInfo(rows.size() > first, hasPrevious,
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
        return new Connection<>(List.copyOf(edges), info, total);
    }
}
