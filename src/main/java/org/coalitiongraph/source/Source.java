package org.coalitiongraph.source;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** Where a fact comes from: a web page, a UN document, an article. */
@Node("Source")
public record Source(@Id String id, String title, String url, String publisher, LocalDate publishedAt,
        String citation) {
}
