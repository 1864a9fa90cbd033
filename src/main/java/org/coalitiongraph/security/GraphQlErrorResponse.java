package org.coalitiongraph.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** A refusal before GraphQL runs, written in GraphQL's error shape so clients handle it like any other. */
final class GraphQlErrorResponse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GraphQlErrorResponse() {
    }

    static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        var body = Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code))));
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
