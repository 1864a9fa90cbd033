package org.coalitiongraph.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.ImportDocument.OrganisationRecord;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

@IntegrationTest
@GraphData("demo-hrc47")
class ActorsPagingIT {

    private static final String PAGE = """
            query ($after: String) {
              actors(first: 5, after: $after) {
                totalCount
                nodes { id }
                pageInfo { hasNextPage hasPreviousPage endCursor }
              }
            }
            """;

    @Autowired
    GraphImporter importer;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    @Test
    void pagingVisitsEveryActorExactlyOnceWhileActorsAreAdded() {
        var graphQl = GraphQlHttp.tester(port);
        var original = allActorIds(graphQl);
        assertThat(original).hasSizeGreaterThan(20);

        var visited = new ArrayList<String>();
        var added = new ArrayList<String>();
        String cursor = null;
        int page = 0;
        boolean more = true;
        while (more) {
            var response = graphQl.document(PAGE).variable("after", cursor).execute();
            visited.addAll(response.path("actors.nodes[*].id").entityList(String.class).get());
            response.path("actors.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(page > 0);
            more = response.path("actors.pageInfo.hasNextPage").entity(Boolean.class).get();
            cursor = response.path("actors.pageInfo.endCursor").entity(String.class).get();
            // Between pages, one actor sorts before everything seen and one after everything.
            added.add(add("org:early-" + page, "AAA early " + page));
            added.add(add("org:late-" + page, "zzz late " + page));
            page++;
        }

        assertThat(visited).doesNotHaveDuplicates().containsAll(original);
        assertThat(visited).noneMatch(id -> id.startsWith("org:early-"));
        assertThat(visited).filteredOn(id -> id.startsWith("org:late-")).isNotEmpty();
        graphQl.document(PAGE).execute().path("actors.totalCount").entity(Integer.class)
                .isEqualTo(original.size() + added.size());
        removeAdded(added);
    }

    private List<String> allActorIds(GraphQlTester graphQl) {
        return graphQl.document("{ actors(first: 100) { nodes { id } } }").execute()
                .path("actors.nodes[*].id").entityList(String.class).get();
    }

    private String add(String id, String name) {
        importer.importDocument(new ImportDocument(ImportDocument.FORMAT_V1, null, null, null,
                List.of(new OrganisationRecord(id, name, null, null, null, null, null, null)),
                null, null, null, null, null), "test");
        return id;
    }

    private void removeAdded(List<String> ids) {
        driver.executableQuery("MATCH (a:Actor) WHERE a.id IN $ids DETACH DELETE a")
                .withParameters(Map.of("ids", ids)).execute();
    }
}
