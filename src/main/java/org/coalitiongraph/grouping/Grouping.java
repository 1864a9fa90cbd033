package org.coalitiongraph.grouping;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A group of states: a UN regional group, a political bloc, or an ad hoc group behind one statement.
 * A declared size is kept as the source states it and never filled up with invented members.
 */
@Node("Grouping")
public record Grouping(@Id String id, String name, GroupingKind kind, Integer declaredSize,
        Boolean declaredSizeIsLowerBound, String notes) {
}
