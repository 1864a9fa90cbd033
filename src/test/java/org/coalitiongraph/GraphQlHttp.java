package org.coalitiongraph;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Clients for the running app's GraphQL endpoint over real HTTP. Named documents come from
 * {@code graphql/examples/} (the operations the README links) and then {@code graphql-test/}.
 */
public final class GraphQlHttp {

    private GraphQlHttp() {
    }

    public static WebTestClient client(int port) {
        return WebTestClient.bindToServer(new JdkClientHttpConnector())
                .baseUrl("http://localhost:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** Posts a query as plain JSON and returns the raw response body, which must come with HTTP 200. */
    public static String postExpectingOk(int port, String query) {
        return client(port).post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    /** As {@link #postExpectingOk(int, String)}, with an API key. */
    public static String postExpectingOk(int port, String apiKey, String query) {
        return client(port).post().contentType(MediaType.APPLICATION_JSON).header("X-API-Key", apiKey)
                .bodyValue(Map.of("query", query))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    public static HttpGraphQlTester tester(int port) {
        return tester(client(port));
    }

    /** A tester that sends this API key with every request. */
    public static HttpGraphQlTester tester(int port, String apiKey) {
        return tester(client(port).mutate().defaultHeader("X-API-Key", apiKey).build());
    }

    /** A tester that sends this bearer token with every request. */
    public static HttpGraphQlTester testerWithToken(int port, String token) {
        return tester(client(port).mutate().defaultHeader("Authorization", "Bearer " + token).build());
    }

    private static HttpGraphQlTester tester(WebTestClient client) {
        return HttpGraphQlTester.builder(client.mutate())
                .documentSource(new ResourceDocumentSource(
                        List.of(new ClassPathResource("graphql/examples/"), new ClassPathResource("graphql-test/")),
                        List.of(".graphql")))
                .build();
    }
}
