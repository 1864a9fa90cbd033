package org.coalitiongraph.person;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Property;

/**
 * A person: a spokesperson, an official a statement is addressed to. {@code public} marks people
 * whose role is public record; everyone else may be at risk and is shown only to authenticated readers.
 */
@Node("Person")
public record Person(@Id String id, String name, @Property("public") Boolean isPublic) {
}
