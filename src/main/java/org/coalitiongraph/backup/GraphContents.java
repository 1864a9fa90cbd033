package org.coalitiongraph.backup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coalitiongraph.graph.CypherQueries;
import org.neo4j.driver.Driver;

/** What the graph holds, counted by label and by relationship type: cheap, from Neo4j's counts. */
final class GraphContents {

    private final Driver driver;
    private final CypherQueries queries;

    GraphContents(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    /** Nodes besides the records of applied migrations, which every started app has. */
    long nodesBesidesMigrations() {
        return driver.executableQuery(queries.get("backup/nodes-besides-migrations")).execute()
                .records().getFirst().get("nodes").asLong();
    }

    /** Label → how many nodes carry it, by label; a node with two labels counts under both. */
    Map<String, Long> nodesByLabel() {
        var counts = new LinkedHashMap<String, Long>();
        driver.executableQuery(queries.get("backup/node-labels")).execute().records()
                .forEach(r -> counts.put(r.get("label").asString(), r.get("nodes").asLong()));
        return counts;
    }

    /** Type → how many relationships have it, by type. */
    Map<String, Long> relationshipsByType() {
        var counts = new LinkedHashMap<String, Long>();
        driver.executableQuery(queries.get("backup/relationship-types")).execute().records()
                .forEach(r -> counts.put(r.get("type").asString(), r.get("relationships").asLong()));
        return counts;
    }
}
