package org.coalitiongraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.ingest.XinjiangFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Issue 5: the commands that resolve names work on a database that never had the app's datasets
 * (a fresh install, a command run before the app ever started): they load the reference states
 * first, once, and nothing else. Each command runs as a user runs it, in a context of its own.
 */
@IntegrationTest
@GraphData
class CommandsOnAFreshDatabaseIT {

    @Autowired
    Driver driver;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path folder;

    @BeforeEach
    void freshDatabase() {
        driver.executableQuery("MATCH (n) WHERE NOT n:Migration DETACH DELETE n").execute();
    }

    @Test
    void resolveStatesLoadsTheReferenceStatesOnceAndResolves() {
        var first = run("resolve-states", "Ivory Coast", "Congo", "DPRK");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out().lines().toList()).extracting(line -> line.split("\t")[2])
                .containsExactly("state:CIV", "state:COG", "state:PRK");
        assertThat(count("MATCH (d:Dataset) RETURN collect(d.id) AS n")).isEqualTo(List.of("un-states"));
        var states = count("MATCH (s:State) RETURN count(s) AS n");
        assertThat((Long) states).isGreaterThanOrEqualTo(195L);

        var again = run("resolve-states", "Nigera");

        assertThat(again.exitCode()).isEqualTo(Commands.FAILED);
        assertThat(again.out()).isEqualToNormalizingNewlines("Nigera\tAMBIGUOUS\tcandidates: state:NER, state:NGA\n");
        assertThat(count("MATCH (s:State) RETURN count(s) AS n")).isEqualTo(states);
        assertThat(count("MATCH (d:Dataset) RETURN count(d) AS n")).isEqualTo(1L);
    }

    @Test
    void theXinjiangStatementsFileDryRunsOnAFreshDatabaseWithEveryNameResolved() throws Exception {
        var file = Files.writeString(folder.resolve("statements.json"), XinjiangFile.text());

        var dry = run("import-statements", file.toString(), "--dry-run");

        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).startsWith("Dry run of " + file).contains("nothing written (dry run)")
                .doesNotContain("UNKNOWN", "AMBIGUOUS");
        assertThat(count("MATCH (s:Statement) RETURN count(s) AS n")).isEqualTo(0L);
        assertThat(count("MATCH (d:Dataset) RETURN collect(d.id) AS n")).isEqualTo(List.of("un-states"));
    }

    private Object count(String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get("n").asObject();
    }

    private TestCommandLine.Run run(String... command) {
        return new TestCommandLine(context).run(command);
    }
}
