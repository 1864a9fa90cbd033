package org.coalitiongraph.audit;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.security.Caller;

/**
 * Who is writing and by which operation: what the audit log records beside the change itself.
 *
 * @param operation the mutation or command, e.g. {@code updateStatement} or {@code import}
 */
public record Write(Caller caller, String operation) {

    /** The write a mutation makes: its caller and its field name. */
    public static Write of(DataFetchingEnvironment environment) {
        return new Write(Caller.of(environment.getGraphQlContext()), environment.getField().getName());
    }
}
