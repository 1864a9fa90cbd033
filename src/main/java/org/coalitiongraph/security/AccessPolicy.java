package org.coalitiongraph.security;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import org.coalitiongraph.web.AccessRefusedException;
import org.coalitiongraph.web.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * The one place that decides which fields need which role, so that no new mutation can forget it:
 * every mutation needs {@link Role#EDITOR}; a field marked {@code @requires(role: …)} in the schema
 * needs that role; and, when anonymous reads are switched off, every query needs {@link Role#READER}.
 * Introspection stays open: the schema is not a secret.
 */
@Component
final class AccessPolicy extends SimplePerformantInstrumentation {

    private static final String DIRECTIVE = "requires";

    private final boolean anonymousReads;

    AccessPolicy(SecurityProperties properties) {
        this.anonymousReads = properties.anonymousReads();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        var environment = parameters.getEnvironment();
        var field = environment.getFieldDefinition();
        var schema = environment.getGraphQLSchema();
        var parent = environment.getParentType();
        var root = parent == schema.getMutationType() ? "Mutation" : parent == schema.getQueryType() ? "Query" : "";
        var required = required(field, root);
        if (required.isEmpty()) {
            return fetcher;
        }
        var caller = Caller.of(environment.getGraphQlContext());
        if (caller.has(required.get())) {
            return fetcher;
        }
        var refusal = refusal(field.getName(), required.get(), caller);
        return env -> {
            throw refusal;
        };
    }

    /**
     * The higher of the field's marking and its root type's rule: a marking never lowers the rule.
     *
     * @param root "Mutation" or "Query" for a field of the schema's root types, anything else otherwise
     */
    Optional<Role> required(GraphQLFieldDefinition field, String parentType) {
        if (field.getName().startsWith("__")) {
            return Optional.empty();
        }
        var directive = field.getAppliedDirective(DIRECTIVE);
        Optional<Role> marked = directive == null ? Optional.empty() : Role.parse(directive.getArgument("role").getValue());
        Optional<Role> rule = switch (parentType) {
            case "Mutation" -> Optional.of(Role.EDITOR);
            case "Query" -> anonymousReads ? Optional.empty() : Optional.of(Role.READER);
            default -> Optional.empty();
        };
        return Stream.of(marked, rule).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    static AccessRefusedException refusal(String field, Role required, Caller caller) {
        if (caller.role().isEmpty()) {
            return new AccessRefusedException(ErrorCode.UNAUTHENTICATED, field + " needs the " + required.lowerCase()
                    + " role: send an API key in the X-API-Key header or a bearer token");
        }
        return new AccessRefusedException(ErrorCode.FORBIDDEN, field + " needs the " + required.lowerCase()
                + " role; " + caller.name() + " has the " + caller.role().get().lowerCase() + " role");
    }
}
