package org.coalitiongraph.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.cli.Commands;
import org.coalitiongraph.cli.TestCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

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
    ApplicationContext context;

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

    private TestCommandLine.Run run(String... command) {
        return new TestCommandLine(context).run(command);
    }
}
