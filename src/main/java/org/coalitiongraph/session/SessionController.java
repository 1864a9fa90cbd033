package org.coalitiongraph.session;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.graph.NodeMapper;
import org.coalitiongraph.paging.Connection;
import org.coalitiongraph.paging.NodeEdge;
import org.coalitiongraph.paging.PageKey;
import org.coalitiongraph.paging.PageRequest;
import org.coalitiongraph.paging.Pages;
import org.coalitiongraph.statement.Statement;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class SessionController {

    private static final String STATEMENTS = "session-statements";

    private final SessionRepository repository;

    SessionController(SessionRepository repository, Pages pages, NodeMapper nodes, BatchLoaderRegistry loaders) {
        this.repository = repository;
        loaders.<PageKey, Connection<NodeEdge<Statement>>>forName(STATEMENTS).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> pages.nested(keys, "queries/session/statements-page",
                        (row, cursor) -> new NodeEdge<>(cursor, nodes.map(row.get("node"), Statement.class)))));
    }

    @QueryMapping
    Session session(@Argument String id) {
        return repository.findById(id).orElse(null);
    }

    @SchemaMapping
    CompletableFuture<Connection<NodeEdge<Statement>>> statements(Session session, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        return env.<PageKey, Connection<NodeEdge<Statement>>>getDataLoader(STATEMENTS)
                .load(new PageKey(session.id(), PageRequest.of(first, after, "NEWEST_FIRST")));
    }
}
