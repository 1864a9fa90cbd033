package org.coalitiongraph.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@IntegrationTest
@GraphData("demo-hrc47")
class CoSignersIT {

    private static final String NGO_STATEMENT = "stmt:hrc47-ngo-uyghurs-high-commissioner";

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void connect() {
        graphQl = GraphQlHttp.tester(port);
    }

    @Test
    void ishrCoSignedOnceWithEachOfTheOther25SupportingOrganisations() {
        var response = graphQl.documentName("co-signers-of-ishr").execute();

        var ids = response.path("coSigners[*].actor.id").entityList(String.class).get();
        assertThat(ids).hasSize(25).doesNotHaveDuplicates().doesNotContain("org:ishr")
                .allMatch(id -> id.startsWith("org:"));
        response.path("coSigners[*].count").entityList(Integer.class).satisfies(counts -> assertThat(counts).containsOnly(1));
        response.path("coSigners[*].statements[*].id").entityList(String.class)
                .satisfies(statements -> assertThat(statements).hasSize(25).containsOnly(NGO_STATEMENT));
    }

    @Test
    void coSignersAreOrderedByCountThenNameIgnoringCase() {
        var names = graphQl.document("{ coSigners(actor: \"org:ishr\", first: 50) { actor { name } } }")
                .execute().path("coSigners[*].actor.name").entityList(String.class).get();

        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void firstLimitsTheAnswerAndDefaultsTo20() {
        graphQl.document("{ coSigners(actor: \"org:ishr\") { count } }").execute()
                .path("coSigners").entityList(Object.class).hasSize(20);
        graphQl.document("{ coSigners(actor: \"org:ishr\", first: 3) { count } }").execute()
                .path("coSigners").entityList(Object.class).hasSize(3);
    }

    @Test
    void anIssueFilterIncludesNarrowerIssues() {
        graphQl.documentName("co-signers-of-ishr-on-china").execute()
                .path("coSigners").entityList(Object.class).hasSize(10);
        graphQl.document("{ coSigners(actor: \"org:ishr\", filter: {issues: [\"issue:racial-justice\"]}) { count } }")
                .execute().path("coSigners").entityList(Object.class).hasSize(0);
    }

    @Test
    void filtersOnSessionBodyKindAndDates() {
        assertThat(countCoSigners("{sessions: [\"session:HRC47\"], bodies: [\"hrc\"], kinds: [JOINT_STATEMENT]}")).isEqualTo(25);
        assertThat(countCoSigners("{kinds: [LETTER]}")).isZero();
        assertThat(countCoSigners("{from: \"2021-06-22\", to: \"2021-06-22\"}")).isEqualTo(25);
        assertThat(countCoSigners("{from: \"2021-06-23\"}")).isZero();
        assertThat(countCoSigners("{actorKinds: [STATE]}")).isZero();
    }

    @Test
    void anActorWithNoKnownCoSignerHasNone() {
        graphQl.document("{ coSigners(actor: \"state:CAN\") { count } }").execute()
                .path("coSigners").entityList(Object.class).hasSize(0);
    }

    private int countCoSigners(String filter) {
        return graphQl.document("{ coSigners(actor: \"org:ishr\", first: 100, filter: " + filter + ") { count } }")
                .execute().path("coSigners").entityList(Object.class).get().size();
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("{ coSigners(actor: \"org:nobody\") { count } }", "NOT_FOUND", "actor"),
                Arguments.of("{ coSigners(actor: \"org:ishr\", first: -1) { count } }", "BAD_USER_INPUT", "first"),
                Arguments.of("{ coSigners(actor: \"org:ishr\", first: 0) { count } }", "BAD_USER_INPUT", "first"),
                Arguments.of("{ coSigners(actor: \"org:ishr\", first: 101) { count } }", "BAD_USER_INPUT", "first"),
                Arguments.of("{ coSigners(actor: \"org:ishr\", filter: {from: \"2021-13-01\"}) { count } }",
                        "BAD_USER_INPUT", "filter.from"),
                Arguments.of("{ coSigners(actor: \"org:ishr\", filter: {kinds: [SPEECH]}) { count } }",
                        "BAD_USER_INPUT", "filter.kinds"),
                Arguments.of("{ coSigners(actor: \"org:ishr\", filter: {kinds: []}) { count } }",
                        "BAD_USER_INPUT", "filter.kinds"),
                Arguments.of("{ coSigners(actor: \"org:ishr\", filter: {from: \"2022-01-01\", to: \"2021-01-01\"}) { count } }",
                        "BAD_USER_INPUT", "filter.to"),
                Arguments.of("{ coSigners(actor: \"org:ishr\", filter: {issues: [\"issue:atlantis\"]}) { count } }",
                        "BAD_USER_INPUT", "filter.issues"),
                Arguments.of("{ coSigners(actor: \"org:ishr\", filter: {sessions: [\"session:HRC99\"]}) { count } }",
                        "BAD_USER_INPUT", "filter.sessions"),
                Arguments.of("{ coSigners(actor: \"org:ishr\", filter: {colour: \"red\"}) { count } }",
                        "BAD_USER_INPUT", "colour"),
                Arguments.of("{ coSigners(actor: \"org:ishr\", first: \"many\") { count } }", "BAD_USER_INPUT", "first"),
                Arguments.of("{ coSigners { count } }", "BAD_USER_INPUT", "actor"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputGetsAnErrorWithCodeNamingTheArgumentAndNoTrace(String query, String code, String argument) {
        var body = GraphQlHttp.postExpectingOk(port, query);

        assertThat(body).doesNotContain("Exception", "at org.", "at java.", "MATCH");
        graphQl.document(query).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            var error = errors.getFirst();
            assertThat(error.getExtensions()).containsEntry("code", code);
            assertThat(error.getMessage()).contains(argument);
        });
    }

    @Test
    void aVariableOfTheWrongShapeIsNamed() {
        graphQl.documentName("coSigners")
                .variable("actor", "org:ishr")
                .variable("filter", Map.of("from", "yesterday"))
                .execute().errors().satisfy(errors -> {
                    assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                        assertThat(error.getMessage()).contains("filter").contains("yesterday");
                    });
                });
        graphQl.documentName("coSigners")
                .variable("actor", "org:ishr")
                .variable("first", List.of(1))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("first")));
    }
}
