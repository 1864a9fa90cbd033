package org.coalitiongraph.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j that starts when no {@code spring.neo4j.uri} is set.
 *
 * @param dataDirectory where the database files live; kept across restarts
 * @param boltPort      Bolt port on 127.0.0.1; 0 picks a free one
 * @param pageCache     page cache size in Neo4j notation, e.g. {@code 256m}
 */
@ConfigurationProperties("coalition.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("data/neo4j") Path dataDirectory,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("256m") String pageCache) {
}
