package org.coalitiongraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.coalitiongraph.CoalitionGraphApplication;
import org.coalitiongraph.GraphShape;
import org.coalitiongraph.TestNeo4j;
import org.coalitiongraph.alignment.CoSigners;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app as a user runs it: no Neo4j configured, so the embedded one starts, loads the demo
 * dataset on first start, stops cleanly, and on the next start finds its data and loads nothing again.
 */
class EmbeddedRestartIT {

    @Test
    void restartingKeepsTheDataAndDoesNotLoadTheDemoDatasetAgain() {
        var data = TestNeo4j.freshDirectory();

        Snapshot first;
        try (var app = start(data)) {
            first = snapshot(app);
        }
        Snapshot second;
        try (var app = start(data)) {
            second = snapshot(app);
        }

        assertThat(first.ishrCoSigners()).isEqualTo(25);
        assertThat(first.datasets()).singleElement().asString().startsWith("demo-hrc47 v");
        assertThat(second).isEqualTo(first);
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(CoalitionGraphApplication.class).run(
                "--server.port=0",
                "--spring.neo4j.uri=",
                "--NEO4J_URI=",
                "--coalition.embedded.data-directory=" + data,
                "--coalition.embedded.bolt-port=0",
                "--coalition.embedded.page-cache=64m",
                "--coalition.datasets.load-on-start=demo-hrc47");
    }

    private static Snapshot snapshot(ConfigurableApplicationContext app) {
        var driver = app.getBean(Driver.class);
        var shape = GraphShape.of(driver);
        var datasets = driver.executableQuery(
                "MATCH (d:Dataset) RETURN d.id + ' v' + d.version AS dataset, toString(d.loadedAt) AS at ORDER BY dataset")
                .execute().records();
        var ishr = app.getBean(CoSigners.class).of("org:ishr", AnalyticsFilter.NONE, 100).size();
        return new Snapshot(shape.nodes(), shape.relationships(),
                datasets.stream().map(r -> r.get("dataset").asString()).toList(),
                datasets.stream().map(r -> r.get("at").asString()).toList(), ishr);
    }

    private record Snapshot(long nodes, long relationships, List<String> datasets, List<String> loadedAt,
            int ishrCoSigners) {
    }
}
