package org.coalitiongraph.web;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.graph.RequestTransactions;
import org.coalitiongraph.projection.ProjectionUnavailableException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the exceptions a data fetcher may throw into GraphQL errors with a code and the argument
 * they concern. Anything not listed falls through to Spring's INTERNAL_ERROR, which shows no trace.
 */
@Component
final class ErrorResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ErrorResolver.class);

    private final Duration transactionTimeout;

    ErrorResolver(RequestTransactions.Properties limits) {
        this.transactionTimeout = limits.transactionTimeout();
    }

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
            case ProjectionUnavailableException e -> error(env, e.getMessage(), ErrorType.INTERNAL_ERROR,
                    Map.of("code", ErrorCode.UNAVAILABLE.name()));
            default -> resolveDatabaseFailure(ex, env);
        };
    }

    /**
     * Database failures arrive wrapped, and differently by path. With the server gone, a Neo4jClient
     * query throws TransientDataAccessResourceException around the driver's
     * ServiceUnavailableException, a repository call TransactionSystemException ("Could not open a
     * new Neo4j session") around the same; a timed-out query throws
     * InvalidDataAccessResourceUsageException around a ClientException with the timeout's code. So
     * the whole cause chain is searched, for a timeout first: older servers report a timeout as a
     * transient error, which would otherwise read as an outage.
     */
    private GraphQLError resolveDatabaseFailure(Throwable ex, DataFetchingEnvironment env) {
        var timeout = causes(ex).filter(Neo4jException.class::isInstance).map(Neo4jException.class::cast)
                .map(Neo4jException::code).filter(code -> code != null && code.contains(".Transaction.TransactionTimedOut"))
                .findFirst();
        if (timeout.isPresent()) {
            return timedOut(env, timeout.get().endsWith("ClientConfiguration"));
        }
        if (causes(ex).anyMatch(ErrorResolver::meansUnavailable)) {
            // The response says no more than "unavailable"; the log keeps what the driver said.
            log.warn("Answering UNAVAILABLE for {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
            log.debug("Neo4j unavailable", ex);
            return unavailable(env);
        }
        return null;
    }

    /** The server is gone, unreachable, restarting, or asks to retry. */
    private static boolean meansUnavailable(Throwable cause) {
        return cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
                || cause instanceof TransientException || cause instanceof DataAccessResourceFailureException
                || cause instanceof TransientDataAccessResourceException;
    }

    private static Stream<Throwable> causes(Throwable ex) {
        return Stream.iterate(ex, Objects::nonNull, cause -> cause.getCause() == cause ? null : cause.getCause())
                .limit(20);
    }

    /** {@code ours}: the timeout this app gave the transaction, rather than one set on the server. */
    private GraphQLError timedOut(DataFetchingEnvironment env, boolean ours) {
        var limit = ours ? "the transaction timeout of " + readable(transactionTimeout) : "the database's transaction timeout";
        return error(env, "The query took longer than " + limit + "; ask for less, e.g. smaller pages or narrower filters",
                ErrorType.BAD_REQUEST, Map.of("code", ErrorCode.LIMIT_EXCEEDED.name()));
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
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
