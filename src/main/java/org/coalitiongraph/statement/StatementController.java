package org.coalitiongraph.statement;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.graph.NodeMapper;
import org.coalitiongraph.graph.RelatedNodes;
import org.coalitiongraph.grouping.Grouping;
import org.coalitiongraph.issue.Issue;
import org.coalitiongraph.paging.Connection;
import org.coalitiongraph.paging.NodeEdge;
import org.coalitiongraph.paging.PageKey;
import org.coalitiongraph.paging.PageRequest;
import org.coalitiongraph.paging.Pages;
import org.coalitiongraph.person.Person;
import org.coalitiongraph.security.Caller;
import org.coalitiongraph.session.Session;
import org.coalitiongraph.source.Source;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Statements and everything nested under one; each nested field costs one query per request level. */
@Controller
class StatementController {

    private static final String SIGNATORIES = "statement-signatories";

    private final StatementRepository repository;
    private final Statements statements;
    private final RelatedNodes related;
    private final NodeMapper nodes;

    StatementController(StatementRepository repository, Statements statements, RelatedNodes related, NodeMapper nodes,
            Pages pages, BatchLoaderRegistry loaders) {
        this.repository = repository;
        this.statements = statements;
        this.related = related;
        this.nodes = nodes;
        loaders.<PageKey, Connection<SignatoryEdge>>forName(SIGNATORIES).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> pages.nested(keys, "queries/statement/signatories-page", this::signatoryEdge)));
    }

    @QueryMapping
    Statement statement(@Argument String id) {
        return repository.findById(id).orElse(null);
    }

    @QueryMapping
    Connection<NodeEdge<Statement>> statements(@Argument AnalyticsFilter filter, @Argument List<String> signedBy,
            @Argument String text, @Argument String symbol, @Argument StatementOrder orderBy, @Argument Integer first,
            @Argument String after) {
        return statements.page(AnalyticsFilter.orNone(filter), signedBy, text, symbol,
                PageRequest.of(first, after, (orderBy == null ? StatementOrder.NEWEST_FIRST : orderBy).name()));
    }

    @SchemaMapping
    CompletableFuture<Connection<SignatoryEdge>> signatories(Statement statement, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        return env.<PageKey, Connection<SignatoryEdge>>getDataLoader(SIGNATORIES)
                .load(new PageKey(statement.getId(), PageRequest.of(first, after, "NAME")));
    }

    @BatchMapping
    Map<Statement, Session> session(List<Statement> statements) {
        return related.loadOne(statements, Statement::getId, "queries/statement/session", r -> node(r.get("node"), Session.class));
    }

    @BatchMapping
    Map<Statement, List<Actor>> deliveredBy(List<Statement> statements) {
        return related.load(statements, Statement::getId, "queries/statement/delivered-by", r -> node(r.get("node"), Actor.class));
    }

    @BatchMapping
    Map<Statement, List<Grouping>> onBehalfOf(List<Statement> statements) {
        return related.load(statements, Statement::getId, "queries/statement/on-behalf-of", r -> node(r.get("node"), Grouping.class));
    }

    @BatchMapping
    Map<Statement, List<IssueStance>> issues(List<Statement> statements) {
        return related.load(statements, Statement::getId, "queries/statement/issues",
                r -> new IssueStance(node(r.get("node"), Issue.class), r.get("stance").asString(null)));
    }

    @BatchMapping
    Map<Statement, List<Source>> sources(List<Statement> statements) {
        return related.load(statements, Statement::getId, "queries/statement/sources", r -> node(r.get("node"), Source.class));
    }

    @BatchMapping
    Map<Statement, List<Statement>> counters(List<Statement> statements) {
        return related.load(statements, Statement::getId, "queries/statement/counters", r -> node(r.get("node"), Statement.class));
    }

    @BatchMapping
    Map<Statement, List<Statement>> counteredBy(List<Statement> statements) {
        return related.load(statements, Statement::getId, "queries/statement/countered-by", r -> node(r.get("node"), Statement.class));
    }

    @BatchMapping
    Map<Statement, List<Object>> addressedTo(List<Statement> statements, GraphQLContext context) {
        return related.load(statements, Statement::getId, "queries/statement/addressed-to",
                Map.of("privatePeople", Caller.of(context).seesPrivatePeople()), r -> addressee(r.get("node")));
    }

    private Object addressee(Value value) {
        var node = value.asNode();
        Class<?> type = node.hasLabel("Person") ? Person.class : node.hasLabel("Actor") ? Actor.class : Grouping.class;
        return nodes.map(value, type);
    }

    private SignatoryEdge signatoryEdge(Value row, String cursor) {
        return new SignatoryEdge(cursor, node(row.get("node"), Actor.class),
                SignatureRole.valueOf(row.get("role").asString()), row.get("marker").asString(null));
    }

    private <T> T node(Value node, Class<T> type) {
        return nodes.map(node, type);
    }
}
