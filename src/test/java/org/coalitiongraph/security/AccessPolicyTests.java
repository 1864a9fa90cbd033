package org.coalitiongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/** Which role each field needs, from the schema's markings and the two rules that need none. */
class AccessPolicyTests {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            directive @requires(role: Role!) on FIELD_DEFINITION
            enum Role { READER EDITOR ADMIN }
            type Query { open: String, log: String @requires(role: ADMIN) }
            type Mutation { write: String, purge: String @requires(role: ADMIN), careless: String @requires(role: READER) }
            type Thing { name: String, secret: String @requires(role: READER) }
            """), RuntimeWiring.newRuntimeWiring().build());

    @Test
    void everyMutationNeedsAnEditorAtLeast() {
        var policy = policy(true);
        assertThat(policy.required(SCHEMA.getMutationType().getField("write"), "Mutation")).contains(Role.EDITOR);
        assertThat(policy.required(SCHEMA.getMutationType().getField("purge"), "Mutation")).contains(Role.ADMIN);
        // A marking raises the rule, never lowers it.
        assertThat(policy.required(SCHEMA.getMutationType().getField("careless"), "Mutation")).contains(Role.EDITOR);
    }

    @Test
    void queriesAreOpenUnlessMarkedOrAnonymousReadsAreOff() {
        var open = policy(true);
        assertThat(open.required(SCHEMA.getQueryType().getField("open"), "Query")).isEmpty();
        assertThat(open.required(SCHEMA.getQueryType().getField("log"), "Query")).contains(Role.ADMIN);
        assertThat(open.required(SCHEMA.getObjectType("Thing").getField("name"), "Thing")).isEmpty();
        assertThat(open.required(SCHEMA.getObjectType("Thing").getField("secret"), "Thing")).contains(Role.READER);

        var closed = policy(false);
        assertThat(closed.required(SCHEMA.getQueryType().getField("open"), "Query")).contains(Role.READER);
        assertThat(closed.required(SCHEMA.getQueryType().getField("log"), "Query")).contains(Role.ADMIN);
        // Nested fields are reached only through a top-level one, which is checked.
        assertThat(closed.required(SCHEMA.getObjectType("Thing").getField("name"), "Thing")).isEmpty();
    }

    @Test
    void rolesIncludeTheOnesBefore() {
        var admin = new Caller("a", Optional.of(Role.ADMIN), "test");
        var reader = new Caller("r", Optional.of(Role.READER), "test");
        assertThat(List.of(Role.READER, Role.EDITOR, Role.ADMIN)).allMatch(admin::has);
        assertThat(reader.has(Role.EDITOR)).isFalse();
        assertThat(Caller.ANONYMOUS.has(Role.READER)).isFalse();
        assertThat(Caller.ANONYMOUS.seesPrivatePeople()).isFalse();
        assertThat(reader.seesPrivatePeople()).isTrue();
    }

    private static AccessPolicy policy(boolean anonymousReads) {
        return new AccessPolicy(new SecurityProperties(anonymousReads, Path.of("unused.tsv"), List.of(),
                new SecurityProperties.Jwt("roles", Role.READER)));
    }
}
