package org.coalitiongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** API keys and bearer tokens: who the service takes a caller to be, and what it refuses outright. */
@IntegrationTest
class CallerAuthenticationIT {

    @LocalServerPort
    int port;

    @Test
    void eachApiKeyActsWithItsRole() {
        assertViewer(GraphQlHttp.tester(port, TestCallers.READER_KEY), "key:test-reader", "READER");
        assertViewer(GraphQlHttp.tester(port, TestCallers.EDITOR_KEY), "key:test-editor", "EDITOR");
        assertViewer(GraphQlHttp.tester(port, TestCallers.ADMIN_KEY), "key:test-admin", "ADMIN");
    }

    @Test
    void aCallerWithoutKeyOrTokenIsAnonymousAndMayRead() {
        GraphQlHttp.tester(port).document("{ viewer { name role } }").execute()
                .path("viewer.name").entity(String.class).isEqualTo("anonymous")
                .path("viewer.role").valueIsNull();
    }

    @Test
    void aTokenGivesTheHighestRoleItsClaimNamesAndNoneWithoutOne() {
        assertViewer(GraphQlHttp.testerWithToken(port, TestCallers.token("ada", "editor", "unknown-role")), "token:ada", "EDITOR");
        assertViewer(GraphQlHttp.testerWithToken(port, TestCallers.token("ada", "reader", "ADMIN")), "token:ada", "ADMIN");
        // Valid, but issued with no role of this service: it reads what anonymous callers read.
        GraphQlHttp.testerWithToken(port, TestCallers.token("bob")).document("{ viewer { name role } }").execute()
                .path("viewer.name").entity(String.class).isEqualTo("token:bob")
                .path("viewer.role").valueIsNull();
    }

    @Test
    void anUnknownKeyIsRefusedRatherThanTakenAsAnonymous() {
        var body = GraphQlHttp.client(port).post().contentType(MediaType.APPLICATION_JSON)
                .header("X-API-Key", "cg_not-a-key")
                .bodyValue(Map.of("query", "{ viewer { name } }"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"code\":\"UNAUTHENTICATED\"").contains("X-API-Key").doesNotContain("Exception");
    }

    @Test
    void aTokenNotSignedByTheTrustedKeyIsRefused() {
        var body = GraphQlHttp.client(port).post().contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + TestCallers.forgedToken("mallory", "admin"))
                .bodyValue(Map.of("query", "{ viewer { name } }"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("\"code\":\"UNAUTHENTICATED\"").doesNotContain("Exception");
    }

    private static void assertViewer(org.springframework.graphql.test.tester.GraphQlTester graphQl, String name, String role) {
        graphQl.document("{ viewer { name role } }").execute()
                .path("viewer.name").entity(String.class).isEqualTo(name)
                .path("viewer.role").entity(String.class).isEqualTo(role);
    }
}
