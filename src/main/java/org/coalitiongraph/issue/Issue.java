package org.coalitiongraph.issue;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A subject statements concern; {@code (:Issue)-[:BROADER]->(:Issue)} links it to wider ones. */
@Node("Issue")
public record Issue(@Id String id, String name) {
}
