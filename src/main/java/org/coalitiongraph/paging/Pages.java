package org.coalitiongraph.paging;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.coalitiongraph.graph.CypherQueries;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Runs the page queries in {@code cypher/queries/**}: each returns {@code total}, {@code hasPrevious}
 * and {@code page}, a list of up to {@code first + 1} maps with the row's sort {@code key} and its
 * {@code node} (and whatever else its edges carry). Nested pages are loaded for many parents in
 * one query per distinct page request.
 */
@Component
public final class Pages {

    private final Neo4jClient neo4j;
    private final CypherQueries queries;

    public Pages(Neo4jClient neo4j, CypherQueries queries) {
        this.neo4j = neo4j;
        this.queries = queries;
    }

    /** One top-level page. {@code edge} builds an edge from a page row and its cursor. */
    public <E extends Edge<?>> Connection<E> page(String query, Map<String, Object> parameters, PageRequest request,
            BiFunction<Value, String, E> edge) {
        var all = new HashMap<>(parameters);
        all.putAll(request.parameters());
        all.put("order", request.order());
        return neo4j.query(queries.get(query)).bindAll(all)
                .fetchAs(Connection.class)
                .mappedBy((types, record) -> connection(record, request, edge))
                .one()
                .map(connection -> (Connection<E>) connection)
                .orElseThrow();
    }

    /** Pages of a nested list for many parents: the query takes {@code $ids} and returns a {@code parent} column. */
    public <E extends Edge<?>> Map<PageKey, Connection<E>> nested(Collection<PageKey> keys, String query,
            BiFunction<Value, String, E> edge) {
        var result = new HashMap<PageKey, Connection<E>>();
        keys.stream().collect(Collectors.groupingBy(PageKey::page)).forEach((request, sameRequest) -> {
            var parameters = new HashMap<>(request.parameters());
            parameters.put("ids", sameRequest.stream().map(PageKey::parent).distinct().toList());
            var byParent = new HashMap<String, Connection<E>>();
            neo4j.query(queries.get(query)).bindAll(parameters)
                    .fetchAs(ParentPage.class)
                    .mappedBy((types, record) -> new ParentPage(record.get("parent").asString(),
                            connection(record, request, edge)))
                    .all()
                    .forEach(page -> byParent.put(page.parent(), (Connection<E>) page.connection()));
            sameRequest.forEach(key -> result.put(key, byParent.getOrDefault(key.parent(),
                    Connection.of(List.of(), request.first(), request.after() != null, 0))));
        });
        return result;
    }

    private record ParentPage(String parent, Connection<?> connection) {
    }

    private static <E extends Edge<?>> Connection<E> connection(org.neo4j.driver.Record record, PageRequest request,
            BiFunction<Value, String, E> edge) {
        var rows = record.get("page").asList(row -> edge.apply(row,
                new Cursor(request.order(), row.get("key").asObject(), row.get("node").get("id").asString()).encode()));
        return Connection.of(rows, request.first(), record.get("hasPrevious").asBoolean(), record.get("total").asInt());
    }
}
