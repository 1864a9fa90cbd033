package org.coalitiongraph;

import java.util.List;

import org.neo4j.driver.Driver;

/**
 * How many nodes and relationships the graph holds: what a write that must change nothing leaves
 * equal. Audit entries are left out: they are the trace of every write, not its content.
 */
public record GraphShape(long nodes, long relationships) {

    public static GraphShape of(Driver driver) {
        var record = driver.executableQuery(
                "RETURN COUNT { MATCH (n) WHERE NOT n:AuditEntry } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships")
                .execute().records().getFirst();
        return new GraphShape(record.get("nodes").asLong(), record.get("relationships").asLong());
    }

    public List<Long> asList() {
        return List.of(nodes, relationships);
    }
}
