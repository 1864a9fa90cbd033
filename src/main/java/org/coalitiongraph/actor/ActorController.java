package org.coalitiongraph.actor;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.graph.NodeMapper;
import org.coalitiongraph.paging.Connection;
import org.coalitiongraph.paging.NodeEdge;
import org.coalitiongraph.paging.PageKey;
import org.coalitiongraph.paging.PageRequest;
import org.coalitiongraph.paging.Pages;
import org.coalitiongraph.statement.SignatureRole;
import org.coalitiongraph.statement.SignedStatementEdge;
import org.coalitiongraph.statement.Statement;
import org.coalitiongraph.web.InvalidArgumentException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class ActorController {

    private static final String STATEMENTS = "actor-statements";

    private final ActorLookup lookup;
    private final StateRepository states;
    private final Actors list;

    ActorController(ActorLookup lookup, StateRepository states, Actors list, Pages pages, NodeMapper nodes,
            BatchLoaderRegistry loaders) {
        this.lookup = lookup;
        this.states = states;
        this.list = list;
        loaders.<PageKey, Connection<SignedStatementEdge>>forName(STATEMENTS).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> pages.nested(keys, "queries/actor/statements-page",
                        (row, cursor) -> new SignedStatementEdge(cursor, nodes.map(row.get("node"), Statement.class),
                                SignatureRole.valueOf(row.get("role").asString()), row.get("marker").asString(null)))));
    }

    @QueryMapping
    Actor actor(@Argument String id) {
        return lookup.actor(id).orElse(null);
    }

    @QueryMapping
    State state(@Argument String id, @Argument String iso3) {
        if ((id == null) == (iso3 == null)) {
            throw new InvalidArgumentException("id", "give exactly one of id and iso3");
        }
        return id != null ? lookup.state(id).orElse(null)
                : states.findByIso3(iso3.strip().toUpperCase(Locale.ROOT)).orElse(null);
    }

    @QueryMapping
    Organisation organisation(@Argument String id) {
        return lookup.organisation(id).orElse(null);
    }

    @QueryMapping
    Connection<NodeEdge<Actor>> actors(@Argument ActorFilter filter, @Argument ActorOrder orderBy,
            @Argument Integer first, @Argument String after) {
        return list.page(filter == null ? ActorFilter.NONE : filter, PageRequest.of(first, after, (orderBy == null ? ActorOrder.NAME : orderBy).name()));
    }

    @SchemaMapping(typeName = "State", field = "statements")
    CompletableFuture<Connection<SignedStatementEdge>> statementsOfState(State state, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        return statements(state, first, after, env);
    }

    @SchemaMapping(typeName = "Organisation", field = "statements")
    CompletableFuture<Connection<SignedStatementEdge>> statementsOfOrganisation(Organisation organisation,
            @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return statements(organisation, first, after, env);
    }

    private static CompletableFuture<Connection<SignedStatementEdge>> statements(Actor actor, Integer first,
            String after, DataFetchingEnvironment env) {
        return env.<PageKey, Connection<SignedStatementEdge>>getDataLoader(STATEMENTS)
                .load(new PageKey(actor.getId(), PageRequest.of(first, after, "NEWEST_FIRST")));
    }
}
