package org.coalitiongraph.web;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the exceptions a data fetcher may throw into GraphQL errors with a code and the argument
 * they concern. Anything not listed falls through to Spring's INTERNAL_ERROR, which shows no trace.
 */
@Component
final class ErrorResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        return switch (ex) {
            case InvalidArgumentException e -> error(env, e.getMessage(), ErrorType.BAD_REQUEST,
                    Map.of("code", ErrorCode.BAD_USER_INPUT.name(), "argument", e.argument()));
            case NotFoundException e -> error(env, e.getMessage(), ErrorType.NOT_FOUND,
                    Map.of("code", ErrorCode.NOT_FOUND.name(), "argument", e.argument()));
            case AccessRefusedException e -> error(env, e.getMessage(),
                    e.code() == ErrorCode.UNAUTHENTICATED ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN,
                    Map.of("code", e.code().name()));
            case ServiceUnavailableException e -> unavailable(env);
            case DataAccessResourceFailureException e -> unavailable(env);
            default -> null;
        };
    }

    private static GraphQLError unavailable(DataFetchingEnvironment env) {
        return error(env, "The graph database is unavailable; try again shortly", ErrorType.INTERNAL_ERROR,
                Map.of("code", ErrorCode.UNAVAILABLE.name()));
    }

    private static GraphQLError error(DataFetchingEnvironment env, String message, ErrorType type,
            Map<String, Object> extensions) {
        return GraphqlErrorBuilder.newError(env).message(message).errorType(type).extensions(extensions).build();
    }
}
