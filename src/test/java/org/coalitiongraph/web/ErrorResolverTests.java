package org.coalitiongraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.coalitiongraph.graph.RequestTransactions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionSystemException;

/** Database failures, however wrapped, come out as UNAVAILABLE or, for a timeout, LIMIT_EXCEEDED. */
class ErrorResolverTests {

    private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration";

    private final ErrorResolver resolver = new ErrorResolver(new RequestTransactions.Properties(Duration.ofSeconds(10)));

    static Stream<Arguments> serverAway() {
        var refused = new ServiceUnavailableException("Unable to connect to 127.0.0.1:7687",
                new java.net.ConnectException("Connection refused"));
        return Stream.of(
                // as seen with the server killed: a Neo4jClient query, and a repository call
                Arguments.of("Neo4jClient", new TransientDataAccessResourceException("Unable to connect", refused)),
                Arguments.of("transaction manager", new TransactionSystemException("Could not open a new Neo4j session", refused)),
                Arguments.of("driver", refused),
                Arguments.of("data loader", new CompletionException(new TransientDataAccessResourceException("x", refused))),
                Arguments.of("cluster", new DataAccessResourceFailureException("x", new SessionExpiredException("gone"))),
                Arguments.of("restarting", new TransientException("Neo.TransientError.General.DatabaseUnavailable", "starting")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serverAway")
    void aServerThatIsAwayIsUnavailable(String path, Throwable failure) {
        assertThat(resolve(failure)).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "UNAVAILABLE");
            assertThat(error.getMessage()).doesNotContain("127.0.0.1", "Exception");
        });
    }

    @Test
    void aTimedOutQueryExceedsALimitAndSaysWhichOne() {
        var timedOut = new InvalidDataAccessResourceUsageException("terminated",
                new ClientException(TIMED_OUT, "The transaction has been terminated."));

        assertThat(resolve(timedOut)).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "LIMIT_EXCEEDED");
            assertThat(error.getMessage()).contains("transaction timeout of 10 s");
        });
    }

    @Test
    void aTimeoutReportedAsTransientIsStillATimeout() {
        var timedOut = new TransientDataAccessResourceException("terminated",
                new TransientException("Neo.TransientError.Transaction.TransactionTimedOut", "terminated"));

        assertThat(resolve(timedOut)).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "LIMIT_EXCEEDED"));
    }

    @Test
    void otherDatabaseErrorsAreLeftToTheDefault() {
        var syntax = new InvalidDataAccessResourceUsageException("bad",
                new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input"));

        assertThat(resolve(syntax)).isNull();
    }

    private List<GraphQLError> resolve(Throwable failure) {
        return resolver.resolveException(failure, environment()).block();
    }

    private static DataFetchingEnvironment environment() {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(Field.newField("actor").build()).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
                        .type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("actor"))
                        .build())
                .build();
    }
}
