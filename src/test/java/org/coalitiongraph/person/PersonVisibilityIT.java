package org.coalitiongraph.person;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.ingest.GraphImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** People not marked public stay hidden: they may be at risk of reprisals. */
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
}
