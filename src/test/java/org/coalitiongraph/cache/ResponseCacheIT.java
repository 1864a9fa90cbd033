package org.coalitiongraph.cache;

import java.util.Map;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Remembered answers: per role, forgotten at every write through the service. */
@IntegrationTest
@GraphData("demo-hrc47")
class ResponseCacheIT {

    private static final String TITLE = "{ statement(id: \"stmt:hrc47-canada-xinjiang\") { title } }";

    @LocalServerPort
    int port;

    @Autowired
    ResponseCache cache;

    @Autowired
    Driver driver;

    @BeforeEach
    void on() {
        cache.setEnabled(true);
    }

    @AfterEach
    void off() {
        cache.setEnabled(false);
    }

    @Test
    void aRepeatedQueryIsAnsweredFromMemoryUntilAWriteThroughTheService() {
        var original = title();
        // Behind the service's back: the remembered answer stands (until the ttl).
        setTitleByHand("Changed by hand");
        GraphQlHttp.tester(port).document(TITLE).execute().path("statement.title").entity(String.class).isEqualTo(original);

        GraphQlHttp.tester(port, TestCallers.EDITOR_KEY).document("mutation($input: StatementInput!) { updateStatement(input: $input) { id } }")
                .variable("input", Map.of("id", "stmt:hrc47-canada-xinjiang", "title", "Changed through the API")).execute();

        GraphQlHttp.tester(port).document(TITLE).execute().path("statement.title").entity(String.class)
                .isEqualTo("Changed through the API");
        setTitleByHand(original);
    }

    @Test
    void eachRoleHasItsOwnAnswers() {
        driver.executableQuery("CREATE (:Person {id: 'person:cached-defender', name: 'Cached Defender', public: false})").execute();
        var query = "{ person(id: \"person:cached-defender\") { name } }";
        GraphQlHttp.tester(port).document(query).execute().path("person").valueIsNull();
        GraphQlHttp.tester(port, TestCallers.READER_KEY).document(query).execute()
                .path("person.name").entity(String.class).isEqualTo("Cached Defender");
        GraphQlHttp.tester(port).document(query).execute().path("person").valueIsNull();
    }

    @Test
    void mutationsAreNeverRemembered() {
        var create = "mutation { createIssue(input: {id: \"issue:cache-test\", name: \"Cache\"}) { id } }";
        var editor = GraphQlHttp.tester(port, TestCallers.EDITOR_KEY);
        editor.document(create).execute().path("createIssue.id").entity(String.class).isEqualTo("issue:cache-test");
        editor.document(create).execute().errors().satisfy(errors ->
                org.assertj.core.api.Assertions.assertThat(errors.getFirst().getMessage()).contains("already exists"));
    }

    private String title() {
        return GraphQlHttp.tester(port).document(TITLE).execute().path("statement.title").entity(String.class).get();
    }

    private void setTitleByHand(String title) {
        driver.executableQuery("MATCH (s:Statement {id: 'stmt:hrc47-canada-xinjiang'}) SET s.title = $title")
                .withParameters(Map.of("title", title)).execute();
    }
}
