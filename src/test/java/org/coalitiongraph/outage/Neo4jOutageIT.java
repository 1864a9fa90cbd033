package org.coalitiongraph.outage;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.coalitiongraph.CoalitionGraphApplication;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app against a Neo4j server in another process, which dies (killed, as in a crash) and comes
 * back on the same port and data: while it is away health is DOWN and reads fail within seconds
 * with UNAVAILABLE; when it is back the app serves again without a restart. The same app, with a
 * short transaction timeout, shows that a request's query running too long is ended with
 * LIMIT_EXCEEDED.
 * <p>
 * Its own app and server, not the shared test context: it stops the database under the app.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Neo4jOutageIT {

    /** Reads through a repository (a transaction manager transaction) and through the Neo4jClient (auto-commit). */
    private static final String READ = "{ actor(id: \"org:outage\") { name } actors(first: 5) { totalCount } }";

    /** Short enough to keep the test quick, long enough for any ordinary read on a busy machine. */
    private static final String TIMEOUT = "3s";

    /** Ten billion rows: minutes of work, unless the transaction is ended. */
    private static final String SLOW_CYPHER = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*)";

    private static Path data;
    private static Path serverLog;
    private static int boltPort;
    private static Process server;
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void startServerAndApp() {
        data = TestNeo4j.freshDirectory();
        serverLog = data.resolveSibling(data.getFileName() + "-server.log");
        boltPort = freePort();
        server = startServer();
        app = new SpringApplicationBuilder(CoalitionGraphApplication.class, SlowFields.class).run(
                "--server.port=0",
                "--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort,
                "--spring.neo4j.authentication.password=",
                "--coalition.datasets.load-on-start=",
                // Answers remembered in the last ttl are still served during an outage (see ResponseCache);
                // this test is about every other request.
                "--coalition.cache.enabled=false",
                "--coalition.limits.transaction-timeout=" + TIMEOUT);
        port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        app.getBean(Driver.class).executableQuery(
                "CREATE (:Actor:Organisation {id: 'org:outage', name: 'Outage Watch', aliases: []})").execute();
    }

    @AfterAll
    static void stopAppAndServer() throws InterruptedException {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (server != null) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"slowCount", "slowCountInTransaction"})
    @Order(1)
    void aQueryRunningLongerThanTheTransactionTimeoutIsEndedWithLimitExceeded(String field) {
        var started = System.nanoTime();
        post("{ " + field + " }")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data." + field).doesNotExist()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].extensions.code").isEqualTo("LIMIT_EXCEEDED")
                .jsonPath("$.errors[0].message").value(String.class,
                        message -> assertThat(message).contains("transaction timeout of 3 s"));
        // Ended by the timeout (Neo4j looks every 2 s), not by running to its end minutes later.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    @Order(2)
    void whenNeo4jGoesAwayRequestsFailFastWithUnavailableAndTheAppRecoversWhenItReturns() throws InterruptedException {
        assertServing();

        server.destroyForcibly().waitFor();

        var started = System.nanoTime();
        health().expectStatus().isEqualTo(503).expectBody().jsonPath("$.status").isEqualTo("DOWN");
        var body = post(READ)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data.actor").doesNotExist()
                .jsonPath("$.errors").isNotEmpty()
                .jsonPath("$.errors[*].extensions.code").value(List.class,
                        codes -> assertThat(codes).containsOnly("UNAVAILABLE"))
                .returnResult().getResponseBody();
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("Exception", "at org.", "bolt://", "MATCH");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

        server = startServer();

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(Neo4jOutageIT::assertServing);
    }

    private static void assertServing() {
        health().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        post(READ)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.actor.name").isEqualTo("Outage Watch")
                .jsonPath("$.data.actors.totalCount").isEqualTo(1);
    }

    private static WebTestClient.ResponseSpec post(String query) {
        return GraphQlHttp.client(port).post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query))
                .exchange();
    }

    private static WebTestClient.ResponseSpec health() {
        return WebTestClient.bindToServer(new JdkClientHttpConnector())
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build()
                .get().uri("/actuator/health")
                .exchange();
    }

    /** Starts {@link StandaloneNeo4j} with this JVM and test classpath, and waits until it says it is ready. */
    private static Process startServer() {
        Process process;
        try {
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"),
                    StandaloneNeo4j.class.getName(), String.valueOf(boltPort), data.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var ready = new CompletableFuture<Void>();
        Thread.ofPlatform().daemon().name("standalone-neo4j-output").start(() -> copyOutput(process, ready));
        try {
            ready.get(180, SECONDS);
            return process;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("Standalone Neo4j did not start; see " + serverLog, e);
        }
    }

    /** Keeps the server's output in a log beside its data (a full pipe would stall it) and watches for READY. */
    private static void copyOutput(Process process, CompletableFuture<Void> ready) {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                var log = Files.newBufferedWriter(serverLog, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (var line = lines.readLine(); line != null; line = lines.readLine()) {
                log.write(line);
                log.newLine();
                log.flush();
                if (line.startsWith(StandaloneNeo4j.READY)) {
                    ready.complete(null);
                }
            }
        } catch (IOException e) {
            // The process is gone; the future below says so if it had not started yet.
        } finally {
            ready.completeExceptionally(new IllegalStateException("Standalone Neo4j exited"));
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Two fields of this test's app only, whose query runs for minutes: one as the Neo4jClient runs
     * it (auto-commit), one inside a transaction of the transaction manager (as repositories run).
     * Registered as a source of this app, not by component scan, so no other test context has them.
     */
    static final class SlowFields {

        @Bean
        GraphQlSourceBuilderCustomizer slowFieldsSchema() {
            return builder -> builder.schemaResources(new ByteArrayResource(
                    "extend type Query { slowCount: Int slowCountInTransaction: Int }".getBytes(StandardCharsets.UTF_8),
                    "slow fields"));
        }

        @Bean
        RuntimeWiringConfigurer slowFields(Neo4jClient neo4j, PlatformTransactionManager transactions) {
            var readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);
            return wiring -> wiring.type("Query", type -> type
                    .dataFetcher("slowCount", env -> count(neo4j))
                    .dataFetcher("slowCountInTransaction", env -> readOnly.execute(status -> count(neo4j))));
        }

        private static Long count(Neo4jClient neo4j) {
            return neo4j.query(SLOW_CYPHER).fetchAs(Long.class).one().orElseThrow();
        }
    }
}
