package org.coalitiongraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * Requests too deep or too large are refused with LIMIT_EXCEEDED before any data is read; bodies
 * over the size limit (256 KB by default) with HTTP 413 before they are even read whole.
 */
@IntegrationTest
@GraphData("demo-hrc47")
class QueryLimitsIT {

    @LocalServerPort
    int port;

    static Stream<Arguments> tooLarge() {
        var deep = "{ issue(id: \"issue:uyghurs\") { " + "broader { ".repeat(50) + "id" + " }".repeat(50) + " } }";
        // 22,000 tokens in 70 KB: over the parser's token limit, under the body size limit
        var aliases = IntStream.range(0, 2_000).mapToObj(i -> "a" + i + ": actor(id: \"org:ishr\") { id }")
                .collect(Collectors.joining(" ", "{ ", " }"));
        var wide = "{ statements(first: 100) { nodes { signatories(first: 100) { nodes { ... on Organisation {"
                + " statements(first: 100) { nodes { id } } } } } } } }";
        return Stream.of(
                Arguments.of("nested 50 deep", deep, "depth"),
                Arguments.of("2,000 aliases", aliases, "tokens"),
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

    static Stream<Arguments> tooLargeBodies() {
        var ids = IntStream.range(0, 55_000).mapToObj(i -> "org:nobody-" + i).toList();
        var tenThousandAliases = IntStream.range(0, 10_000).mapToObj(i -> "a" + i + ": actor(id: \"org:ishr\") { id }")
                .collect(java.util.stream.Collectors.joining(" ", "{ ", " }"));
        return Stream.of(
                Arguments.of("10,000 aliases", Map.of("query", tenThousandAliases)),
                Arguments.of("1 MB of query", Map.of("query", "{ actor(id: \"org:ishr\") { id } }" + " ".repeat(1_000_000))),
                Arguments.of("1 MB of variables", Map.of(
                        "query", "query ($ids: [ID!]) { statements(signedBy: $ids) { totalCount } }",
                        "variables", Map.of("ids", ids))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tooLargeBodies")
    void aBodyOverTheSizeLimitIsRefusedWith413(String name, Map<String, Object> body) {
        GraphQlHttp.client(port).post().contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("LIMIT_EXCEEDED")
                .jsonPath("$.errors[0].message").value(String.class,
                        message -> assertThat(message).contains("body", "256 KB"))
                .jsonPath("$.data").doesNotExist();
    }

    @Test
    void aBodyDeclaredTooLargeIsRefusedBeforeItIsSent() throws IOException {
        try (var socket = connect()) {
            send(socket, "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1048576\r\n\r\n");

            var response = Response.read(socket);

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.body()).contains("\"LIMIT_EXCEEDED\"", "256 KB");
        }
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimitWithoutWaitingForTheRest() throws IOException {
        try (var socket = connect()) {
            send(socket, "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            send(socket, chunk("{\"query\": \"{ actor(id: \\\"org:ishr\\\") { id } }"));
            for (int i = 0; i < 20; i++) {
                send(socket, chunk(" ".repeat(16 * 1024)));
            }
            // 320 KB sent and no final chunk: the body has not ended.

            var response = Response.read(socket);

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.body()).contains("\"LIMIT_EXCEEDED\"");
        }
    }

    @Test
    void aChunkedBodyUnderTheLimitIsAnswered() throws IOException {
        try (var socket = connect()) {
            send(socket, "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            send(socket, chunk("{\"query\": \"{ actor(id: \\\"org:ishr\\\") "));
            send(socket, chunk("{ id } }\"}"));
            send(socket, "0\r\n\r\n");

            var response = Response.read(socket);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"data\":{\"actor\":{\"id\":\"org:ishr\"}}}");
        }
    }

    private Socket connect() throws IOException {
        var socket = new Socket("localhost", port);
        // A server that waited for the whole body would never answer: fail rather than hang.
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    private static String chunk(String text) {
        return Integer.toHexString(text.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + text + "\r\n";
    }

    /** Just enough HTTP/1.1 to read one response with a Content-Length or chunked body. */
    private record Response(int status, String body) {

        static Response read(Socket socket) throws IOException {
            var in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            int status = Integer.parseInt(line(in).split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            for (var header = line(in); !header.isEmpty(); header = line(in)) {
                var lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                }
                chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
            }
            var body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else {
                body.write(in.readNBytes((int) length));
            }
            return new Response(status, body.toString(StandardCharsets.UTF_8));
        }

        private static String line(DataInputStream in) throws IOException {
            var line = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("Connection closed mid-response");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
