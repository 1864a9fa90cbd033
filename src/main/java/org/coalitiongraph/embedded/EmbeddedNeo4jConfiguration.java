package org.coalitiongraph.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j in-process when no server is configured, and points Boot's driver at it.
 * Spring destroys the driver before the database because the driver depends on these details.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoNeo4jUriCondition.class)
class EmbeddedNeo4jConfiguration {

    /** Takes over the database the command line started early ({@link EarlyEmbeddedNeo4j}), else starts it. */
    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties, ObjectProvider<EarlyEmbeddedNeo4j> early) {
        var started = early.getIfAvailable();
        var neo4j = started == null ? null : started.take(properties);
        return neo4j != null ? neo4j : EmbeddedNeo4j.start(properties);
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return neo4j.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.none();
            }
        };
    }
}
