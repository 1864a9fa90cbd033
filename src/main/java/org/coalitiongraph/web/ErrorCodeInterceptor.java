package org.coalitiongraph.web;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives every error in a response an {@code extensions.code}, including those graphql-java raises
 * before any data fetcher runs (syntax, validation, argument coercion).
 */
@Component
final class ErrorCodeInterceptor implements WebGraphQlInterceptor {

    /** How graphql-java's parser says it stopped at one of its size limits (tokens, characters, depth). */
    private static final Pattern PARSER_LIMIT = Pattern.compile("More than [\\d,.\\s]+ .* have been presented");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> response.getErrors().stream()
                .allMatch(error -> error.getExtensions().containsKey("code"))
                        ? response
                        : response.transform(builder -> builder.errors(
                                response.getErrors().stream().map(ErrorCodeInterceptor::withCode).toList())));
    }

    private static GraphQLError withCode(ResponseError error) {
        Map<String, Object> extensions = new HashMap<>(error.getExtensions());
        extensions.putIfAbsent("code", PARSER_LIMIT.matcher(String.valueOf(error.getMessage())).find()
                ? ErrorCode.LIMIT_EXCEEDED.name() : codeOf(error.getErrorType()).name());
        var builder = GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .errorType(error.getErrorType())
                .extensions(extensions);
        if (!error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        return builder.build();
    }

    private static ErrorCode codeOf(ErrorClassification type) {
        if (type instanceof ErrorType graphqlJava) {
            return switch (graphqlJava) {
                case InvalidSyntax, ValidationError, OperationNotSupported -> ErrorCode.BAD_USER_INPUT;
                // Only the query limits abort an execution.
                case ExecutionAborted -> ErrorCode.LIMIT_EXCEEDED;
                case DataFetchingException, NullValueInNonNullableField -> ErrorCode.INTERNAL;
            };
        }
        if (type instanceof org.springframework.graphql.execution.ErrorType spring) {
            return switch (spring) {
                case BAD_REQUEST -> ErrorCode.BAD_USER_INPUT;
                case UNAUTHORIZED -> ErrorCode.UNAUTHENTICATED;
                case FORBIDDEN -> ErrorCode.FORBIDDEN;
                case NOT_FOUND -> ErrorCode.NOT_FOUND;
                case INTERNAL_ERROR -> ErrorCode.INTERNAL;
            };
        }
        return ErrorCode.INTERNAL;
    }
}
