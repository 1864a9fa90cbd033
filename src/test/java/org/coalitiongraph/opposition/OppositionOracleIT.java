package org.coalitiongraph.opposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.coalitiongraph.GeneratedAlignments;
import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.RandomFilters;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.filter.AnalyticsFilters;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.ingest.ImportDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

/**
 * {@code opposition} through GraphQL against the plain Cypher answer ({@code cypher/oracle/opposition-*.cypher})
 * on random statements and filters of a generated graph with counter-statements and stances.
 */
@IntegrationTest
@GraphData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OppositionOracleIT {

    private static final long SEED = 20_190_708L;

    @Autowired
    GraphImporter importer;

    @Autowired
    AnalyticsFilters filters;

    @Autowired
    Driver driver;

    @Autowired
    CypherQueries queries;

    @LocalServerPort
    int port;

    ImportDocument generated;

    @BeforeAll
    void importGeneratedGraph() {
        generated = GeneratedAlignments.generate(SEED, 25, 40, 160, 20);
        importer.importDocument(generated, "generated graph, seed " + SEED);
    }

    @Test
    void equalsThePlainCypherAnswerOnRandomStatementsAndFilters() {
        var random = new Random(SEED);
        var oracle = new OppositionOracle(driver, queries);
        var statements = generated.statements();
        int withSides = 0, withChangers = 0, withCounters = 0, withoutStance = 0, countering = 0;
        for (int i = 0; i < 60; i++) {
            var statement = statements.get(random.nextInt(statements.size())).id();
            var filter = RandomFilters.random(random);
            var actual = OppositionOracle.actual(opposition(statement, filter));
            var expected = oracle.expected(statement, filters.scope(filter, "filter").statementIds(),
                    RandomFilters.actorLabels(filter));
            assertThat(actual).as("opposition(%s, %s)", statement, filter).isEqualTo(expected);
            withSides += expected.stream().anyMatch(line -> line.startsWith("side ")) ? 1 : 0;
            withChangers += expected.stream().anyMatch(line -> line.startsWith("changer ")) ? 1 : 0;
            withCounters += expected.stream().anyMatch(line -> line.startsWith("counter") && !line.endsWith("[]")) ? 1 : 0;
            withoutStance += expected.stream().anyMatch(line -> line.startsWith("without ")) ? 1 : 0;
            countering += expected.stream().anyMatch(line -> line.contains(" countering")) ? 1 : 0;
        }
        // The cases must exercise every part of the answer.
        assertThat(List.of(withSides, withChangers, withCounters, withoutStance, countering))
                .as("cases with sides, side changers, counters, statements without stance, changes between countering statements")
                .allSatisfy(n -> assertThat(n).isGreaterThan(2));
    }

    @Test
    void badInputNamesTheArgument() {
        var statement = generated.statements().getFirst().id();
        GraphQlHttp.tester(port).documentName("opposition").variable("statement", "stmt:nothing").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
                    assertThat(error.getMessage()).startsWith("statement:");
                }));
        GraphQlHttp.tester(port).documentName("opposition").variable("statement", statement)
                .variable("filter", Map.of("from", "2021-01-01", "to", "2020-01-01")).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                    assertThat(error.getMessage()).startsWith("filter.to:");
                }));
        GraphQlHttp.tester(port).documentName("opposition").variable("statement", statement)
                .variable("filter", Map.of("sessions", List.of("session:nowhere"))).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                    assertThat(error.getMessage()).startsWith("filter.sessions:");
                }));
    }

    private Map<String, Object> opposition(String statement, AnalyticsFilter filter) {
        return GraphQlHttp.tester(port).documentName("opposition")
                .variable("statement", statement)
                .variable("filter", RandomFilters.variables(filter))
                .execute()
                .path("opposition").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
    }
}
