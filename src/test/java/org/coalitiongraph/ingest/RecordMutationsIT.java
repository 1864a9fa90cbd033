package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every kind of node can be created, changed field by field, and deleted once nothing refers to it. */
@IntegrationTest
@GraphData("demo-hrc47")
class RecordMutationsIT {

    @LocalServerPort
    int port;

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("State", "state:XTS", Map.of("name", "Testland", "aliases", java.util.List.of("TL")), "name", "Testland", "Testia"),
                Arguments.of("Organisation", "org:test", Map.of("name", "Test NGO", "acronym", "TN"), "name", "Test NGO", "Test Org"),
                Arguments.of("Statement", "stmt:test-kinds", Map.of("title", "T", "kind", "LETTER"), "title", "T", "T2"),
                Arguments.of("Grouping", "grouping:test", Map.of("name", "G", "kind", "AD_HOC",
                        "members", java.util.List.of(Map.of("state", "state:CAN"))), "name", "G", "G2"),
                Arguments.of("Issue", "issue:test", Map.of("name", "I", "broader", java.util.List.of("issue:china")), "name", "I", "I2"),
                Arguments.of("Session", "session:HRC99", Map.of("body", "HRC", "number", 99), "body", "HRC", "UNGA"),
                Arguments.of("Source", "src:test", Map.of("title", "S", "url", "https://example.org"), "title", "S", "S2"),
                Arguments.of("Person", "person:test", Map.of("name", "P", "public", false,
                        "affiliations", java.util.List.of(Map.of("organisation", "org:ishr"))), "name", "P", "P2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void createUpdateDelete(String type, String id, Map<String, Object> fields, String field, String created, String updated) {
        var editor = GraphQlHttp.tester(port, TestCallers.EDITOR_KEY);
        var input = new java.util.HashMap<String, Object>(fields);
        input.put("id", id);
        var inputType = type + "Input!";
        editor.document("mutation($input: " + inputType + ") { create" + type + "(input: $input) { id " + field + " } }")
                .variable("input", input).execute()
                .path("create" + type + ".id").entity(String.class).isEqualTo(id)
                .path("create" + type + "." + field).entity(String.class).isEqualTo(created);
        editor.document("mutation($input: " + inputType + ") { update" + type + "(input: $input) { id " + field + " } }")
                .variable("input", Map.of("id", id, field, updated)).execute()
                .path("update" + type + "." + field).entity(String.class).isEqualTo(updated);
        editor.document("mutation($id: ID!) { delete" + type + "(id: $id) }").variable("id", id).execute()
                .path("delete" + type).entity(String.class).isEqualTo(id);
        editor.document("mutation($id: ID!) { delete" + type + "(id: $id) }").variable("id", id).execute()
                .errors().satisfy(errors -> assertThat(errors.getFirst().getExtensions()).containsEntry("code", "NOT_FOUND"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referredTo")
    void aNodeOthersReferToIsNotDeleted(String type, String id) {
        GraphQlHttp.tester(port, TestCallers.EDITOR_KEY)
                .document("mutation($id: ID!) { delete" + type + "(id: $id) }").variable("id", id).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors.getFirst().getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                    assertThat(errors.getFirst().getMessage()).contains("still referred to");
                });
        GraphQlHttp.tester(port).document("{ node: " + Character.toLowerCase(type.charAt(0)) + type.substring(1)
                + "(id: \"" + id + "\") { id } }").execute().path("node.id").entity(String.class).isEqualTo(id);
    }

    static Stream<Arguments> referredTo() {
        return Stream.of(Arguments.of("State", "state:CAN"), Arguments.of("Organisation", "org:ishr"),
                Arguments.of("Grouping", "grouping:hrc47-canada-xinjiang"), Arguments.of("Issue", "issue:xinjiang"),
                Arguments.of("Session", "session:HRC47"), Arguments.of("Source", "src:ishr-2021-hrc47-uyghurs"));
    }
}
