package org.coalitiongraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads what hangs off many parents in one query, for batch-mapped GraphQL fields: the Cypher file
 * takes {@code $ids} and returns one row per related item with a {@code parent} column. So a nested
 * field costs one query per level of a request, however many rows the level has.
 */
@Component
public final class RelatedNodes {

    private final Neo4jClient neo4j;
    private final CypherQueries queries;

    public RelatedNodes(Neo4jClient neo4j, CypherQueries queries) {
        this.neo4j = neo4j;
        this.queries = queries;
    }

    /** Every parent maps to its items in query order, or to an empty list. */
    public <P, T> Map<P, List<T>> load(Collection<P> parents, Function<P, String> idOf, String query,
            Function<Record, T> item) {
        return load(parents, idOf, query, Map.of(), item);
    }

    /** As {@link #load(Collection, Function, String, Function)}, with more parameters for the query. */
    @SuppressWarnings("unchecked")
    public <P, T> Map<P, List<T>> load(Collection<P> parents, Function<P, String> idOf, String query,
            Map<String, Object> parameters, Function<Record, T> item) {
        var byId = new HashMap<String, List<T>>();
        neo4j.query(queries.get(query))
                .bindAll(parameters)
                .bind(parents.stream().map(idOf).distinct().toList()).to("ids")
                .fetchAs(Row.class)
                .mappedBy((types, record) -> new Row<>(record.get("parent").asString(), item.apply(record)))
                .all()
                .forEach(row -> byId.computeIfAbsent(row.parent(), id -> new ArrayList<>()).add((T) row.item()));
        Map<P, List<T>> result = new IdentityHashMap<>();
        parents.forEach(parent -> result.put(parent, List.copyOf(byId.getOrDefault(idOf.apply(parent), List.of()))));
        return result;
    }

    /** At most one item per parent; parents without one are left out. */
    public <P, T> Map<P, T> loadOne(Collection<P> parents, Function<P, String> idOf, String query,
            Function<Record, T> item) {
        Map<P, T> result = new IdentityHashMap<>();
        load(parents, idOf, query, item).forEach((parent, items) -> {
            if (!items.isEmpty()) {
                result.put(parent, items.getFirst());
            }
        });
        return result;
    }

    private record Row<T>(String parent, T item) {
    }
}
