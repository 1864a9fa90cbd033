package org.coalitiongraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@GraphData
class GraphMigrationsIT {

    private static final String TEST_MIGRATIONS = "classpath*:org/coalitiongraph/graph/migrations/";

    @Autowired
    Driver driver;

    @Autowired
    CypherQueries queries;

    @AfterEach
    void forgetTestMigrations() {
        driver.executableQuery("MATCH (n) WHERE n:MigrationProbe OR (n:Migration AND n.version >= 9000) DETACH DELETE n")
                .execute();
    }

    @Test
    void appliesEachDataMigrationOnceInVersionOrderAndRecordsIt() {
        migrate("good");
        migrate("good");

        var probe = driver.executableQuery("MATCH (p:MigrationProbe) RETURN p.name AS name, p.runs AS runs")
                .execute().records();
        assertThat(probe).singleElement().satisfies(r -> {
            assertThat(r.get("name").asString()).isEqualTo("first");
            assertThat(r.get("runs").asInt()).isEqualTo(1);
        });
        var recorded = driver.executableQuery(
                "MATCH (m:Migration) WHERE m.version >= 9000 RETURN m.version AS v, m.description AS d ORDER BY v")
                .execute().records();
        assertThat(recorded).extracting(r -> r.get("v").asInt() + " " + r.get("d").asString())
                .containsExactly("9001 create marker", "9002 update marker");
    }

    @Test
    void refusesToStartWhenAnAppliedMigrationWasEdited() {
        migrate("good");

        assertThatThrownBy(() -> migrate("changed"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("V9001");
    }

    private void migrate(String folder) {
        new GraphMigrations(driver, queries, TEST_MIGRATIONS + folder + "/").afterPropertiesSet();
    }
}
