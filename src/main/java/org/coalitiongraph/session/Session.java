package org.coalitiongraph.session;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A session of a UN body, e.g. {@code session:HRC47} (body HRC, number 47) or {@code session:UNGA74}. */
@Node("Session")
public record Session(@Id String id, String body, Integer number, LocalDate startDate, LocalDate endDate) {
}
