package org.coalitiongraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole app on a random port over a real Neo4j (see {@link TestNeo4j}). All integration tests
 * share one application context and so one database; {@link GraphData} gives each class its data.
 * {@link TestCallers} holds the API keys and tokens they may call with.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {TestNeo4j.class, TestCallers.class})
@Import(QueryCounter.class)
@ExtendWith(GraphDataExtension.class)
public @interface IntegrationTest {
}
