package org.coalitiongraph.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coalitiongraph.CoalitionGraphApplication;
import org.coalitiongraph.GraphData;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.cli.CommandLine;
import org.coalitiongraph.cli.Commands;
import org.coalitiongraph.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * {@code backup} and {@code restore} as a user runs them: through the command line entry, each in a
 * context of its own without the web server, here against the test database by its Bolt URI (as
 * with {@code NEO4J_URI} against a running server).
 */
@IntegrationTest
@GraphData("demo-hrc47")
class BackupCommandsIT {

    @Autowired
    Driver driver;

    @Autowired
    Environment environment;

    @Autowired
    ObjectProvider<EmbeddedNeo4j> embedded;

    @TempDir
    Path folder;

    @Test
    void aBackupFileRestoresIntoAnEmptyDatabaseAndIntoNoOther() throws Exception {
        var before = GraphDump.of(driver);
        var file = folder.resolve("backup.json");

        var backup = run("backup", file.toString());
        var toStandardOutput = run("backup", "-");

        assertThat(backup.exitCode()).isZero();
        assertThat(backup.out()).startsWith("Backed up datasets: 1, sources: 1, states: 1, organisations: 27");
        assertThat(toStandardOutput.exitCode()).isZero();
        assertThat(toStandardOutput.out()).isEqualTo(Files.readString(file));
        assertThat(folder).isDirectoryNotContaining("glob:**.partial");

        driver.executableQuery("MATCH (n) WHERE NOT n:Migration DETACH DELETE n").execute();
        var restore = run("restore", file.toString());

        assertThat(restore.exitCode()).isZero();
        assertThat(restore.out()).startsWith("Restored datasets: 1, sources: 1, states: 1, organisations: 27");
        assertThat(GraphDump.of(driver)).isEqualTo(before);

        var again = run("restore", file.toString());

        assertThat(again.exitCode()).isEqualTo(Commands.FAILED);
        assertThat(again.err()).contains("restore failed: Refusing to restore: the database is not empty");
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    private Run run(String... command) {
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

    private record Run(int exitCode, String out, String err) {
    }
}
