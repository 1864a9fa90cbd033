package org.coalitiongraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** Requests too deep or too large are refused with LIMIT_EXCEEDED before any data is read. */
@IntegrationTest
@GraphData("demo-hrc47")
class QueryLimitsIT {

    @LocalServerPort
    int port;

    static Stream<Arguments> tooLarge() {
        var deep = "{ issue(id: \"issue:uyghurs\") { " + "broader { ".repeat(50) + "id" + " }".repeat(50) + " } }";
        var aliases = IntStream.range(0, 10_000).mapToObj(i -> "a" + i + ": actor(id: \"org:ishr\") { id }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        var wide = "{ statements(first: 100) { nodes { signatories(first: 100) { nodes { ... on Organisation {"
                + " statements(first: 100) { nodes { id } } } } } } } }";
        return Stream.of(
                Arguments.of("nested 50 deep", deep, "depth"),
                Arguments.of("10,000 aliases", aliases, "tokens"),
                Arguments.of("100 x 100 x 100 rows", wide, "complexity"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooLarge")
    void isRefusedWithLimitExceeded(String name, String query, String limit) {
        GraphQlHttp.client(port).post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("LIMIT_EXCEEDED")
                .jsonPath("$.errors[0].message").value(String.class,
                        message -> assertThat(message.toLowerCase()).contains(limit))
                .jsonPath("$.data.statements").doesNotExist();
    }
}
