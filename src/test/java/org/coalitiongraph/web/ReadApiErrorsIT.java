package org.coalitiongraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.paging.Cursor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** Every error path of the read API answers 200 with one error, a stable code and the argument named. */
@IntegrationTest
@GraphData("demo-hrc47")
class ReadApiErrorsIT {

    @LocalServerPort
    int port;

    static Stream<Arguments> errors() {
        var titleCursor = new Cursor("TITLE", "a", "stmt:x").encode();
        return Stream.of(
                Arguments.of("{ actors(first: 0) { totalCount } }", "BAD_USER_INPUT", "first"),
                Arguments.of("{ actors(first: 101) { totalCount } }", "BAD_USER_INPUT", "first"),
                Arguments.of("{ actors(after: \"not-a-cursor\") { totalCount } }", "BAD_USER_INPUT", "after"),
                Arguments.of("{ actors(after: \"bm90IGpzb24\") { totalCount } }", "BAD_USER_INPUT", "after"),
                Arguments.of("{ actors(filter: {kinds: []}) { totalCount } }", "BAD_USER_INPUT", "filter.kinds"),
                Arguments.of("{ actors(orderBy: SIZE) { totalCount } }", "BAD_USER_INPUT", "orderBy"),
                Arguments.of("{ statements(after: \"" + titleCursor + "\") { totalCount } }", "BAD_USER_INPUT", "after"),
                Arguments.of("{ statements(signedBy: []) { totalCount } }", "BAD_USER_INPUT", "signedBy"),
                Arguments.of("{ statements(text: \"?!\") { totalCount } }", "BAD_USER_INPUT", "text"),
                Arguments.of("{ statements(filter: {sessions: [\"session:X\"]}) { totalCount } }", "BAD_USER_INPUT",
                        "filter.sessions"),
                Arguments.of("{ statement(id: \"stmt:hrc47-canada-xinjiang\") { signatories(first: 500) { totalCount } } }",
                        "BAD_USER_INPUT", "first"),
                Arguments.of("{ organisation(id: \"org:ishr\") { statements(after: \"%%%\") { totalCount } } }",
                        "BAD_USER_INPUT", "after"),
                Arguments.of("{ state(id: \"state:CAN\", iso3: \"CAN\") { id } }", "BAD_USER_INPUT", "id"),
                Arguments.of("{ state { id } }", "BAD_USER_INPUT", "id"),
                Arguments.of("{ search(text: \"   \") { score } }", "BAD_USER_INPUT", "text"),
                Arguments.of("{ search(text: \"title:* OR AND ) ( ~ ^\") { score } }", null, null),
                Arguments.of("{ search(text: \"amnesty\", first: -5) { score } }", "BAD_USER_INPUT", "first"),
                Arguments.of("{ statement(id: \"stmt:hrc47-canada-xinjiang\") { nonsense } }", "BAD_USER_INPUT", "nonsense"),
                Arguments.of("{ coSigners(actor: \"org:nobody\") { count } }", "NOT_FOUND", "actor"),
                Arguments.of("{ actors(after: \"bnVsbA\") { totalCount } }", "BAD_USER_INPUT", "after"),
                Arguments.of("{ statements(after: \"" + new Cursor("NEWEST_FIRST", "text", "stmt:x").encode()
                        + "\") { totalCount } }", "BAD_USER_INPUT", "after"),
                Arguments.of("{ statements(orderBy: null) { totalCount } }", null, null),
                Arguments.of("{ actors(orderBy: null) { totalCount } }", null, null),
                Arguments.of("{ statements(signedBy: [\"org:nobody\"]) { totalCount } }", "BAD_USER_INPUT", "signedBy"),
                Arguments.of("{ statements(filter: {actorKinds: [STATE]}) { totalCount } }", "BAD_USER_INPUT",
                        "filter.actorKinds"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void answersWithACodeNamingTheArgument(String query, String code, String argument) {
        var body = GraphQlHttp.postExpectingOk(port, query);
        assertThat(body).doesNotContain("Exception", "at org.", "at java.", "MATCH", "CALL db.");

        var errors = GraphQlHttp.tester(port).document(query).execute().errors();
        if (code == null) {
            errors.verify();
            return;
        }
        errors.satisfy(list -> assertThat(list).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", code);
            assertThat(error.getMessage()).contains(argument);
        }));
    }

    static Stream<Arguments> requestsThatAreNotGraphQl() {
        return Stream.of(
                Arguments.of("{\"query\": ", MediaType.APPLICATION_JSON, 400),
                Arguments.of("{\"foo\": 1}", MediaType.APPLICATION_JSON, 400));
    }

    @ParameterizedTest
    @MethodSource("requestsThatAreNotGraphQl")
    void requestsThatAreNotGraphQlGetAnErrorInGraphQlShape(String body, MediaType type, int status) {
        GraphQlHttp.client(port).post().contentType(type).bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(status)
                .expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_USER_INPUT")
                .jsonPath("$.errors[0].message").isNotEmpty()
                .jsonPath("$.trace").doesNotExist();
    }
}
