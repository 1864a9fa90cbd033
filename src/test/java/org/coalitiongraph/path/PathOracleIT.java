package org.coalitiongraph.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.coalitiongraph.GeneratedAlignments;
import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
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
 * {@code path} through GraphQL against the plain Cypher answer ({@code cypher/oracle/path-*.cypher})
 * on random pairs of actors and random filters of a generated graph: the same length, the chain the
 * tie rule picks, and steps listing exactly the statements both signed.
 */
@IntegrationTest
@GraphData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathOracleIT {

    private static final long SEED = 20_240_607L;

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
    List<String> actors = new ArrayList<>();

    @BeforeAll
    void importGeneratedGraph() {
        // Sparse signing, so that chains of several hops and pairs without any chain both occur.
        generated = GeneratedAlignments.generate(SEED, 30, 60, 70, 5);
        importer.importDocument(generated, "generated graph, seed " + SEED);
        generated.states().forEach(s -> actors.add(s.id()));
        generated.organisations().forEach(o -> actors.add(o.id()));
    }

    @Test
    void equalsThePlainCypherAnswerOnRandomPairsAndFilters() {
        var random = new Random(SEED);
        var oracle = new PathOracle(driver, queries);
        var hopCounts = new ArrayList<Integer>();
        for (int i = 0; i < 70; i++) {
            var from = actors.get(random.nextInt(actors.size()));
            var to = random.nextInt(15) == 0 ? from : actors.get(random.nextInt(actors.size()));
            var filter = OracleFilters.random(random);
            var answer = path(from, to, filter);
            var statements = filters.scope(filter, "filter").statementIds();
            hopCounts.add(oracle.check(answer, from, to, statements, OracleFilters.actorLabels(filter),
                    "path(%s, %s, %s)".formatted(from, to, filter)));
        }
        // The cases must cover what can go wrong: no chain, one hop, several hops.
        assertThat(hopCounts).as("hops of the cases").contains((Integer) null, 1)
                .anySatisfy(hops -> assertThat(hops).isNotNull().isGreaterThanOrEqualTo(3));
    }

    @Test
    void anActorToItselfIsZeroHopsAndUnknownIdsNameTheArgument() {
        var actor = actors.getFirst();
        var self = path(actor, actor, AnalyticsFilter.NONE);
        assertThat(self).containsEntry("found", true).containsEntry("hops", 0).containsEntry("steps", List.of());
        assertThat(self.get("actors")).isEqualTo(List.of(Map.of("id", actor)));

        for (var argument : List.of("from", "to")) {
            GraphQlHttp.tester(port).documentName("path")
                    .variable("from", argument.equals("from") ? "state:nobody" : actor)
                    .variable("to", argument.equals("to") ? "state:nobody" : actor)
                    .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
                        assertThat(error.getMessage()).startsWith(argument + ":");
                    }));
        }
        GraphQlHttp.tester(port).documentName("path").variable("from", actor).variable("to", actor)
                .variable("filter", Map.of("issues", List.of("issue:nothing"))).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                    assertThat(error.getMessage()).startsWith("filter.issues:");
                }));
    }

    private Map<String, Object> path(String from, String to, AnalyticsFilter filter) {
        return GraphQlHttp.tester(port).documentName("path")
                .variable("from", from)
                .variable("to", to)
                .variable("filter", OracleFilters.variables(filter))
                .execute()
                .path("path").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
    }
}
