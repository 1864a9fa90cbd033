package org.coalitiongraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * Chooses the Neo4j the integration tests run against, once per test JVM:
 * <ul>
 * <li>{@code COALITION_TEST_NEO4J_URI} (with {@code _USERNAME}, {@code _PASSWORD}) set: that server.
 *     The tests delete all its data.</li>
 * <li>{@code coalition.test.neo4j=testcontainers}, or {@code auto} (the default) where Docker runs:
 *     a Neo4j container from the official image.</li>
 * <li>otherwise, and with {@code coalition.test.neo4j=embedded}: the app's embedded Neo4j in a fresh
 *     folder under {@code target/}, on a free port.</li>
 * </ul>
 * A developer's own {@code NEO4J_URI} is ignored, so a test run never wipes a database it was not given.
 */
public final class TestNeo4j implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String IMAGE = "neo4j:2026.08.1-community";

    private static Neo4jContainer container;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        Map<String, Object> properties = new HashMap<>();
        // Each test class loads the data it needs (see GraphData).
        properties.put("coalition.datasets.load-on-start", "");
        properties.put("NEO4J_URI", "");
        // Tests write behind the service's back; ResponseCacheIT switches the cache on for itself.
        properties.put("coalition.cache.enabled", "false");
        var external = environment.getProperty("COALITION_TEST_NEO4J_URI");
        if (StringUtils.hasText(external)) {
            properties.put("spring.neo4j.uri", external);
            properties.put("spring.neo4j.authentication.username",
                    environment.getProperty("COALITION_TEST_NEO4J_USERNAME", "neo4j"));
            properties.put("spring.neo4j.authentication.password",
                    environment.getProperty("COALITION_TEST_NEO4J_PASSWORD", ""));
        } else if (useTestcontainers(environment)) {
            properties.put("spring.neo4j.uri", container().getBoltUrl());
            properties.put("spring.neo4j.authentication.password", "");
        } else {
            properties.put("spring.neo4j.uri", "");
            properties.put("coalition.embedded.data-directory", freshDirectory().toString());
            properties.put("coalition.embedded.bolt-port", 0);
            properties.put("coalition.embedded.page-cache", "64m");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("test-neo4j", properties));
    }

    private static boolean useTestcontainers(ConfigurableEnvironment environment) {
        var mode = environment.getProperty("coalition.test.neo4j", "auto").toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "testcontainers" -> true;
            case "embedded" -> false;
            default -> dockerMayRun() && DockerClientFactory.instance().isDockerAvailable();
        };
    }

    /** Spares the log Testcontainers' search for an engine where there plainly is none. */
    private static boolean dockerMayRun() {
        return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"))
                || System.getProperty("os.name", "").startsWith("Windows");
    }

    private static synchronized Neo4jContainer container() {
        if (container == null) {
            container = new Neo4jContainer(IMAGE).withoutAuthentication();
            container.start();
        }
        return container;
    }

    /** A new, empty database folder for one test JVM or one test that restarts the app. */
    public static Path freshDirectory() {
        try {
            var root = Files.createDirectories(Path.of("target", "test-neo4j"));
            return Files.createTempDirectory(root.toAbsolutePath(), "db-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
