package org.coalitiongraph.web;

import java.util.List;
import java.util.Map;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Requests to {@code /graphql} that never reach GraphQL (a body that is not JSON, no query, a wrong
 * method or media type) still answer in GraphQL's shape: an {@code errors} list whose entry has an
 * {@code extensions.code}, beside Boot's usual status fields. No trace, no exception message.
 */
@Component
final class GraphQlHttpErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        var attributes = super.getErrorAttributes(request, options);
        var path = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
        if (path instanceof String uri && uri.startsWith("/graphql") && attributes.get("status") instanceof Integer status) {
            attributes.put("errors", List.of(Map.of(
                    "message", message(status),
                    "extensions", Map.of("code", code(status).name()))));
        }
        return attributes;
    }

    private static String message(int status) {
        return switch (status) {
            case 400 -> "The request is not a GraphQL request: send JSON with a \"query\" string";
            case 405 -> "Use POST for GraphQL requests";
            case 406, 415 -> "Send and accept application/json (or application/graphql-response+json)";
            default -> HttpStatus.valueOf(status).getReasonPhrase();
        };
    }

    private static ErrorCode code(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 413, 429 -> ErrorCode.LIMIT_EXCEEDED;
            case 503 -> ErrorCode.UNAVAILABLE;
            default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_USER_INPUT;
        };
    }
}
