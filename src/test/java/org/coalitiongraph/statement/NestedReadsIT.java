package org.coalitiongraph.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.coalitiongraph.GeneratedSignatures;
import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.QueryCounter;
import org.coalitiongraph.ingest.GraphImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Nested fields are batch-loaded: the number of database queries does not grow with the rows. */
@IntegrationTest
@GraphData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NestedReadsIT {

    private static final String THREE_LEVELS = """
            query ($first: Int) {
              statements(first: $first) {
                nodes {
                  id
                  session { id }
                  issues { issue { id broader { id } } }
                  deliveredBy { id }
                  signatories(first: 100) {
                    nodes {
                      id
                      ... on State { statements(first: 5) { nodes { id session { id } } } }
                      ... on Organisation { statements(first: 5) { nodes { id session { id } } } }
                    }
                  }
                }
              }
            }
            """;

    @Autowired
    GraphImporter importer;

    @Autowired
    QueryCounter queries;

    @LocalServerPort
    int port;

    @BeforeAll
    void importGeneratedGraph() {
        importer.importDocument(GeneratedSignatures.generate(7, 25, 40, 120), "generated graph");
    }

    @Test
    void aThreeLevelRequestCostsAsManyQueriesFor2RowsAsFor40() {
        int fewRows = signatoriesIn(2);
        int fewQueries = queriesOf(2);
        int manyRows = signatoriesIn(40);
        int manyQueries = queriesOf(40);

        assertThat(manyRows).as("rows at the second level").isGreaterThan(10 * fewRows);
        assertThat(manyQueries).as("database queries for 40 statements").isEqualTo(fewQueries);
        // statements page + filter-free scope, then one per nested field and level: counting works and stays small.
        assertThat(fewQueries).as("database queries in all").isBetween(6, 12);
    }

    private int queriesOf(int first) {
        queries.reset();
        GraphQlHttp.tester(port).document(THREE_LEVELS).variable("first", first).execute().errors().verify();
        return queries.count();
    }

    private int signatoriesIn(int first) {
        return GraphQlHttp.tester(port).document(THREE_LEVELS).variable("first", first).execute()
                .path("statements.nodes[*].signatories.nodes[*].id").entityList(String.class).get().size();
    }
}
