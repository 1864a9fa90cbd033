package org.coalitiongraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.coalitiongraph.CoalitionGraphApplication;
import org.coalitiongraph.embedded.EmbeddedNeo4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Runs a command as a user runs it: through the command line entry, in a context of its own without
 * the web server, against the test database by its Bolt URI (as with {@code NEO4J_URI} against a
 * running server).
 */
public final class TestCommandLine {

    private final Environment environment;
    private final ObjectProvider<EmbeddedNeo4j> embedded;

    /** @param tests the tests' application context, whose database the commands open */
    public TestCommandLine(ApplicationContext tests) {
        this.environment = tests.getEnvironment();
        this.embedded = tests.getBeanProvider(EmbeddedNeo4j.class);
    }

    public Run run(String... command) {
        var args = new ArrayList<>(List.of(command));
        args.add("--spring.neo4j.uri=" + boltUri());
        args.add("--spring.neo4j.authentication.username=" + environment.getProperty("spring.neo4j.authentication.username", "neo4j"));
        args.add("--spring.neo4j.authentication.password=" + environment.getProperty("spring.neo4j.authentication.password", ""));
        // Logging is one per JVM: the quieter levels a command sets would outlast it for the tests after this one.
        args.add("--logging.level.root=INFO");
        args.add("--logging.level.org.springframework.boot.SpringApplication=INFO");
        args.add("--logging.level.org.springframework.boot.autoconfigure.logging=INFO");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exitCode = CommandLine.run(CoalitionGraphApplication.class, args.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The server the tests run against, or the embedded database's Bolt port when there is none. */
    private String boltUri() {
        var uri = environment.getProperty("spring.neo4j.uri");
        return uri == null || uri.isBlank() ? embedded.getObject().boltUri().toString() : uri;
    }

    public record Run(int exitCode, String out, String err) {
    }
}
