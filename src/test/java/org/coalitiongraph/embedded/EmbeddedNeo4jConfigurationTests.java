package org.coalitiongraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** With a server named by URI, no embedded database starts. */
class EmbeddedNeo4jConfigurationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
    @Import(EmbeddedNeo4jConfiguration.class)
    static class Embedded {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Embedded.class);

    @Test
    void springNeo4jUriSelectsTheServer() {
        runner.withPropertyValues("spring.neo4j.uri=neo4j+s://example.databases.neo4j.io")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedNeo4j.class));
    }

    @Test
    void neo4jUriSelectsTheServer() {
        runner.withPropertyValues("NEO4J_URI=bolt://db.example:7687")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedNeo4j.class));
    }
}
