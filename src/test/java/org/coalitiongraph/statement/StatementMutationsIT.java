package org.coalitiongraph.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Statements and signatures written through GraphQL by an editor. */
@IntegrationTest
@GraphData("demo-hrc47")
class StatementMutationsIT {

    /** Looks like Cypher, must be stored as text and change nothing else. */
    static final String INJECTION = "x'}) MATCH (n) DETACH DELETE n //\" \\\\ $param {{";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    GraphQlTester editor;

    @BeforeEach
    void asEditor() {
        editor = GraphQlHttp.tester(port, TestCallers.EDITOR_KEY);
    }

    @Test
    void createsAStatementWithItsLinksAndSignatories() {
        editor.documentName("createStatement").variable("input", Map.of(
                "id", "stmt:test-create", "title", "A joint letter", "kind", "LETTER", "date", "2021-07-01",
                "session", "session:HRC47", "markers", List.of(Map.of("symbol", "†", "meaning", "Observer"),
                        Map.of("symbol", "*", "meaning", "ECOSOC status")),
                "issues", List.of(Map.of("issue", "issue:xinjiang", "stance", "critical")),
                "counters", List.of("stmt:hrc47-letters-resolution-43-1"),
                "signatories", List.of(Map.of("actor", "state:CAN", "role", "LEAD"),
                        Map.of("actor", "org:ishr", "marker", "*"))))
                .execute()
                .path("createStatement.id").entity(String.class).isEqualTo("stmt:test-create")
                .path("createStatement.date").entity(String.class).isEqualTo("2021-07-01")
                .path("createStatement.markers[*].symbol").entityList(String.class).containsExactly("†", "*")
                .path("createStatement.session.id").entity(String.class).isEqualTo("session:HRC47")
                .path("createStatement.issues[0].stance").entity(String.class).isEqualTo("critical")
                .path("createStatement.counters[*].id").entityList(String.class).containsExactly("stmt:hrc47-letters-resolution-43-1")
                .path("createStatement.signatories.totalCount").entity(Integer.class).isEqualTo(2)
                .path("createStatement.signatories.edges[?(@.node.id == 'org:ishr')].role").entityList(String.class).containsExactly("SIGNATORY")
                .path("createStatement.signatories.edges[?(@.node.id == 'org:ishr')].marker").entityList(String.class).containsExactly("*");
    }

    @Test
    void anUpdateChangesOnlyTheFieldsGivenAndReplacesTheListsGiven() {
        create("stmt:test-update", List.of("state:CAN"));
        editor.documentName("updateStatement").variable("input", Map.of(
                "id", "stmt:test-update", "notes", "checked", "issues", List.of(Map.of("issue", "issue:uyghurs"))))
                .execute()
                .path("updateStatement.title").entity(String.class).isEqualTo("Statement stmt:test-update")
                .path("updateStatement.notes").entity(String.class).isEqualTo("checked")
                .path("updateStatement.session.id").entity(String.class).isEqualTo("session:HRC47")
                .path("updateStatement.issues[*].issue.id").entityList(String.class).containsExactly("issue:uyghurs")
                .path("updateStatement.signatories.totalCount").entity(Integer.class).isEqualTo(1);
        // A field left out is kept; a field given as null is cleared.
        editor.documentName("updateStatement").variable("input", Map.of("id", "stmt:test-update"))
                .execute().path("updateStatement.notes").entity(String.class).isEqualTo("checked");
        var clearNotes = new java.util.HashMap<String, Object>();
        clearNotes.put("id", "stmt:test-update");
        clearNotes.put("notes", null);
        editor.documentName("updateStatement").variable("input", clearNotes)
                .execute().path("updateStatement.notes").valueIsNull();
    }

    @Test
    void invalidInputNamesTheFieldAndWritesNothing() {
        var before = statementCount();
        editor.documentName("createStatement").variable("input", Map.of(
                "id", "stmt:test-invalid", "title", " ", "kind", "LETTER",
                "signatories", List.of(Map.of("actor", "state:XXX"))))
                .execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getExtensions()).containsEntry("code", "BAD_USER_INPUT")
                            .containsKey("argument");
                    // Every problem is reported at once, each with its field.
                    assertThat(errors.getFirst().getMessage()).contains("input.title").contains("input.signatories[0].actor")
                            .doesNotContain("Exception");
                });
        assertThat(statementCount()).isEqualTo(before);
    }

    @Test
    void creatingAnExistingIdOrUpdatingAMissingOneIsRefused() {
        editor.documentName("createStatement").variable("input", Map.of(
                "id", "stmt:hrc47-canada-xinjiang", "title", "Overwrite", "kind", "LETTER"))
                .execute().errors().satisfy(errors -> assertThat(errors.getFirst().getExtensions())
                        .containsEntry("code", "BAD_USER_INPUT").containsEntry("argument", "input.id"));
        editor.documentName("updateStatement").variable("input", Map.of("id", "stmt:nothing-here", "title", "x"))
                .execute().errors().satisfy(errors -> assertThat(errors.getFirst().getExtensions())
                        .containsEntry("code", "NOT_FOUND").containsEntry("argument", "input.id"));
        editor.document("{ statement(id: \"stmt:hrc47-canada-xinjiang\") { title } }").execute()
                .path("statement.title").entity(String.class).satisfies(title -> assertThat(title).isNotEqualTo("Overwrite"));
    }

    @Test
    void signaturesAreAddedChangedAndRemoved() {
        create("stmt:test-signatures", List.of("state:CAN"));
        editor.documentName("addSignature").variable("statement", "stmt:test-signatures")
                .variable("signature", Map.of("actor", "org:ishr", "role", "DELIVERED"))
                .execute().path("addSignature.signatories.totalCount").entity(Integer.class).isEqualTo(2);
        editor.documentName("addSignature").variable("statement", "stmt:test-signatures")
                .variable("signature", Map.of("actor", "org:ishr"))
                .execute().errors().satisfy(errors -> assertThat(errors.getFirst().getExtensions())
                        .containsEntry("code", "BAD_USER_INPUT").containsEntry("argument", "signature.actor"));
        editor.documentName("updateSignature").variable("statement", "stmt:test-signatures")
                .variable("signature", Map.of("actor", "org:ishr", "role", "SUPPORTER"))
                .execute().path("updateSignature.signatories.edges[?(@.node.id == 'org:ishr')].role")
                .entityList(String.class).containsExactly("SUPPORTER");
        editor.documentName("removeSignature").variable("statement", "stmt:test-signatures").variable("actor", "state:CAN")
                .execute().path("removeSignature.signatories.edges[*].node.id").entityList(String.class).containsExactly("org:ishr");
        editor.documentName("removeSignature").variable("statement", "stmt:test-signatures").variable("actor", "state:CAN")
                .execute().errors().satisfy(errors -> assertThat(errors.getFirst().getExtensions())
                        .containsEntry("code", "NOT_FOUND").containsEntry("argument", "actor"));
    }

    @Test
    void aStatementAnotherCountersIsNotDeletedUntilTheCounterGoes() {
        create("stmt:test-target", List.of());
        editor.documentName("createStatement").variable("input", Map.of("id", "stmt:test-counter", "title", "Counter",
                "kind", "LETTER", "counters", List.of("stmt:test-target"))).execute();
        editor.document("mutation { deleteStatement(id: \"stmt:test-target\") }").execute().errors().satisfy(errors -> {
            assertThat(errors.getFirst().getExtensions()).containsEntry("code", "BAD_USER_INPUT").containsEntry("argument", "id");
            assertThat(errors.getFirst().getMessage()).contains("COUNTERS stmt:test-counter");
        });
        editor.document("mutation { deleteStatement(id: \"stmt:test-counter\") }").execute()
                .path("deleteStatement").entity(String.class).isEqualTo("stmt:test-counter");
        editor.document("mutation { deleteStatement(id: \"stmt:test-target\") }").execute()
                .path("deleteStatement").entity(String.class).isEqualTo("stmt:test-target");
        editor.document("{ statement(id: \"stmt:test-target\") { id } }").execute().path("statement").valueIsNull();
    }

    @Test
    void textThatLooksLikeCypherIsStoredVerbatimAndChangesNothingElse() {
        var nodes = nodeCount();
        editor.documentName("createStatement").variable("input", Map.of("id", "stmt:test-injection",
                "title", INJECTION, "kind", "LETTER", "notes", INJECTION, "symbol", INJECTION))
                .execute()
                .path("createStatement.title").entity(String.class).isEqualTo(INJECTION)
                .path("createStatement.notes").entity(String.class).isEqualTo(INJECTION)
                .path("createStatement.symbol").entity(String.class).isEqualTo(INJECTION);
        assertThat(nodeCount()).isEqualTo(nodes + 2); // the statement and its audit entry
    }

    private void create(String id, List<String> signatories) {
        editor.documentName("createStatement").variable("input", Map.of("id", id, "title", "Statement " + id,
                "kind", "JOINT_STATEMENT", "session", "session:HRC47", "notes", "first",
                "signatories", signatories.stream().map(actor -> Map.of("actor", actor)).toList()))
                .execute().path("createStatement.id").entity(String.class).isEqualTo(id);
    }

    private long statementCount() {
        return driver.executableQuery("MATCH (s:Statement) RETURN count(s) AS n").execute().records().getFirst().get("n").asLong();
    }

    private long nodeCount() {
        return driver.executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().getFirst().get("n").asLong();
    }
}
