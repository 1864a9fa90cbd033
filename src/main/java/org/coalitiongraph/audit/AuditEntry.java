package org.coalitiongraph.audit;

import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * One write, as the audit log keeps it.
 *
 * @param input  what the caller sent, as JSON
 * @param before the records as they were before an update or delete, as JSON in the import format
 */
@Node("AuditEntry")
public record AuditEntry(@Id String id, ZonedDateTime at, String who, String role, String origin, String operation,
        List<String> targets, String input, String before) {
}
