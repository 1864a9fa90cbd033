package org.coalitiongraph.projection;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A write as the audit log records it: the change feed the projection follows.
 *
 * @param targets the ids of the records written; empty when there were too many to list
 */
record AuditedWrite(String id, ZonedDateTime at, List<String> targets) {
}
