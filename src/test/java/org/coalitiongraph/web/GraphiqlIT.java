package org.coalitiongraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.coalitiongraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class GraphiqlIT {

    @LocalServerPort
    int port;

    @Test
    void graphiqlIsServed() {
        var client = WebTestClient.bindToServer(new JdkClientHttpConnector(java.net.http.HttpClient.newBuilder()
                        .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build()))
                .baseUrl("http://localhost:" + port).build();

        var page = client.get().uri("/graphiql").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).containsIgnoringCase("graphiql");
    }
}
