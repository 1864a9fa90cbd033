package org.coalitiongraph.backup;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/**
 * The whole graph but the records of applied migrations and the audit entries of restores (a
 * restore is a write like any other, and leaves one), in a canonical form that two equal graphs
 * share: every node as its labels and all its properties, every relationship as its type, the ids of
 * its ends and all its properties. Read with plain Cypher, independent of the exporter under test.
 * Values keep their Neo4j types (a date is not a string, an integer not a float).
 */
public record GraphDump(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {

    public static GraphDump of(Driver driver) {
        var nodes = driver.executableQuery("""
                MATCH (n) WHERE NOT n:Migration AND NOT (n:AuditEntry AND n.operation = 'restore')
                RETURN labels(n) AS labels, properties(n) AS properties
                """).execute().records().stream()
                .map(r -> (Map<String, Object>) new TreeMap<String, Object>(Map.of(
                        "labels", r.get("labels").asList(v -> v.asString()).stream().sorted().toList(),
                        "properties", new TreeMap<>(r.get("properties").asMap()))))
                .sorted(Comparator.comparing(Object::toString))
                .toList();
        var relationships = driver.executableQuery("""
                MATCH (a)-[r]->(b) WHERE NOT a:Migration AND NOT b:Migration
                RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties
                """).execute().records().stream()
                .map(r -> (Map<String, Object>) new TreeMap<String, Object>(Map.of(
                        "type", r.get("type").asString(),
                        "start", r.get("start").asString(),
                        "end", r.get("end").asString(),
                        "properties", new TreeMap<>(r.get("properties").asMap()))))
                .sorted(Comparator.comparing(Object::toString))
                .toList();
        return new GraphDump(nodes, relationships);
    }
}
