package org.coalitiongraph.person;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.coalitiongraph.ingest.GraphImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** People not marked public stay hidden from anonymous callers: they may be at risk of reprisals. */
@IntegrationTest
@GraphData("demo-hrc47")
class PersonVisibilityIT {

    @Autowired
    GraphImporter importer;

    @LocalServerPort
    int port;

    @BeforeEach
    void addAPrivatePersonAddressedByALetter() throws Exception {
        importer.importJson(new ByteArrayInputStream("""
                {"format": "coalition-graph/v1",
                 "people": [{"id": "person:a-defender", "name": "A Defender", "public": false,
                             "affiliations": [{"organisation": "org:ishr", "role": "Partner"}]}],
                 "statements": [{"id": "stmt:letter-to-a-defender", "title": "Letter", "kind": "LETTER",
                                 "addressedTo": ["person:a-defender", "person:michelle-bachelet"]}]}
                """.getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void aPersonNotMarkedPublicIsNotShown() {
        var graphQl = GraphQlHttp.tester(port);
        graphQl.document("{ person(id: \"person:a-defender\") { name } }").execute()
                .path("person").valueIsNull();
        graphQl.document("{ statement(id: \"stmt:letter-to-a-defender\") { addressedTo { ... on Person { id } } } }")
                .execute().path("statement.addressedTo[*].id").entityList(String.class)
                .containsExactly("person:michelle-bachelet");
        graphQl.document("{ person(id: \"person:michelle-bachelet\") { name } }").execute()
                .path("person.name").entity(String.class).isEqualTo("Michelle Bachelet");
    }

    @Test
    void anAuthenticatedReaderSeesEveryone() {
        for (var graphQl : List.of(GraphQlHttp.tester(port, TestCallers.READER_KEY),
                GraphQlHttp.testerWithToken(port, TestCallers.token("analyst@example.org", "reader")))) {
            graphQl.document("{ person(id: \"person:a-defender\") { name public organisation { id } } }").execute()
                    .path("person.name").entity(String.class).isEqualTo("A Defender")
                    .path("person.public").entity(Boolean.class).isEqualTo(false)
                    .path("person.organisation.id").entity(String.class).isEqualTo("org:ishr");
            graphQl.document("{ statement(id: \"stmt:letter-to-a-defender\") { addressedTo { ... on Person { id } } } }")
                    .execute().path("statement.addressedTo[*].id").entityList(String.class)
                    .containsExactly("person:a-defender", "person:michelle-bachelet");
        }
    }

    @Test
    void aTokenWithoutARoleOfThisServiceSeesOnlyPublicPeople() {
        GraphQlHttp.testerWithToken(port, TestCallers.token("someone-else@example.org"))
                .document("{ person(id: \"person:a-defender\") { name } }").execute()
                .path("person").valueIsNull();
    }
}
