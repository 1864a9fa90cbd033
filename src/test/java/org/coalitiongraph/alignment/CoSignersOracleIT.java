package org.coalitiongraph.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.coalitiongraph.GeneratedSignatures;
import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.RandomFilters;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.ingest.ImportDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

/** {@code coSigners} through GraphQL equals the plain answer computed in Java, on random actors and filters. */
@IntegrationTest
@GraphData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoSignersOracleIT {

    private static final long SEED = 20_211_122L;

    @Autowired
    GraphImporter importer;

    @LocalServerPort
    int port;

    ImportDocument generated;
    CoSignersOracle oracle;

    @BeforeAll
    void importGeneratedGraph() {
        generated = GeneratedSignatures.generate(SEED, 25, 40, 160);
        importer.importDocument(generated, "generated graph, seed " + SEED);
        oracle = new CoSignersOracle(generated);
    }

    @Test
    void equalsThePlainAnswerOnRandomActorsAndFilters() {
        var random = new Random(SEED);
        var actors = new ArrayList<String>();
        generated.states().forEach(s -> actors.add(s.id()));
        generated.organisations().forEach(o -> actors.add(o.id()));
        var graphQl = GraphQlHttp.tester(port);
        int nonEmpty = 0;
        for (int i = 0; i < 80; i++) {
            var actor = actors.get(random.nextInt(actors.size()));
            var filter = RandomFilters.random(random);
            int first = 1 + random.nextInt(random.nextBoolean() ? 10 : 100);

            var actual = graphQl.documentName("coSigners")
                    .variable("actor", actor)
                    .variable("filter", RandomFilters.variables(filter))
                    .variable("first", first)
                    .execute()
                    .path("coSigners").entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                    }).get().stream().map(CoSignersOracleIT::row).toList();

            var expected = oracle.coSigners(actor, filter, first);
            assertThat(actual).as("coSigners(%s, %s, %d)", actor, filter, first).isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as("cases with an answer to compare").isGreaterThan(40);
    }




    @SuppressWarnings("unchecked")
    private static CoSignersOracle.Expected row(Map<String, Object> coSigner) {
        var actor = (Map<String, Object>) coSigner.get("actor");
        var statements = (List<Map<String, Object>>) coSigner.get("statements");
        return new CoSignersOracle.Expected((String) actor.get("id"), (Integer) coSigner.get("count"),
                statements.stream().map(s -> (String) s.get("id")).toList());
    }
}
