package org.coalitiongraph.security;

import java.util.function.Supplier;

import graphql.schema.GraphQLSchema;
import org.coalitiongraph.web.AccessRefusedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The rules of {@link AccessPolicy} for plain HTTP endpoints that serve what a GraphQL query field
 * serves (e.g. the network downloads): the caller needs whatever the query field needs, so that
 * switching anonymous reads off, or marking the field {@code @requires}, covers both.
 */
@Component
public final class QueryAccess {

    private final AccessPolicy policy;
    private final Supplier<GraphQLSchema> schema;

    @Autowired
    QueryAccess(AccessPolicy policy, ObjectProvider<GraphQlSource> source) {
        this(policy, () -> source.getObject().schema());
    }

    QueryAccess(AccessPolicy policy, Supplier<GraphQLSchema> schema) {
        this.policy = policy;
        this.schema = schema;
    }

    /**
     * @param queryField a field of the Query type, e.g. {@code network}
     * @throws AccessRefusedException when the request's caller may not read that field
     */
    public void require(String queryField) {
        var field = schema.get().getQueryType().getFieldDefinition(queryField);
        if (field == null) {
            throw new IllegalArgumentException("No query field " + queryField);
        }
        var required = policy.required(field, "Query");
        if (required.isEmpty()) {
            return;
        }
        var caller = Caller.of(SecurityContextHolder.getContext().getAuthentication(), "http");
        if (!caller.has(required.get())) {
            throw AccessPolicy.refusal(queryField, required.get(), caller);
        }
    }
}
