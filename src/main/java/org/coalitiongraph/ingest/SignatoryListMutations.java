package org.coalitiongraph.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.actor.ActorRepository;
import org.coalitiongraph.audit.Write;
import org.coalitiongraph.resolve.ItemStatus;
import org.coalitiongraph.resolve.MatchKind;
import org.coalitiongraph.statement.Marker;
import org.coalitiongraph.statement.SignatureRole;
import org.coalitiongraph.statement.Statement;
import org.coalitiongraph.statement.StatementRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class SignatoryListMutations {

    /** A {@link SignatoryListOutcome} with its actors loaded, as GraphQL shows it. */
    record Report(Statement statement, boolean applied, ActorKind kind, List<Item> items, List<Marker> legend,
            Object onBehalfOf, List<String> problems, int added, int created, int alreadySigned) {
    }

    record Item(String text, String marker, int line, ItemStatus status, ActorKind kind, Actor actor, String actorId,
            MatchKind matchedBy, String matched, List<Actor> candidates, Integer repeats) {
    }

    private final SignatoryLists lists;
    private final ActorRepository actors;
    private final StatementRepository statements;

    SignatoryListMutations(SignatoryLists lists, ActorRepository actors, StatementRepository statements) {
        this.lists = lists;
        this.actors = actors;
        this.statements = statements;
    }

    @MutationMapping
    Report importSignatoryList(@Argument String statement, @Argument String text, @Argument String source,
            @Argument SignatureRole role, @Argument ActorKind kind, @Argument Boolean dryRun,
            DataFetchingEnvironment environment) {
        var outcome = lists.importList(statement, text, source, role, kind, Boolean.TRUE.equals(dryRun),
                Write.of(environment));
        var ids = new HashSet<String>();
        outcome.list().items().forEach(item -> {
            if (item.actorId() != null) {
                ids.add(item.actorId());
            }
            ids.addAll(item.candidates());
        });
        Map<String, Actor> byId = actors.findAllById(ids).stream().collect(Collectors.toMap(Actor::getId, Function.identity()));
        var items = outcome.list().items().stream().map(item -> new Item(item.text(), item.marker(), item.line(),
                item.status(), item.kind(), item.actorId() == null ? null : byId.get(item.actorId()), item.actorId(),
                item.matchedBy(), item.matched(), item.candidates().stream().map(byId::get).filter(Objects::nonNull).toList(),
                item.repeats())).toList();
        var legend = outcome.list().legend().entrySet().stream().map(entry -> new Marker(entry.getKey(), entry.getValue())).toList();
        return new Report(statements.findById(statement).orElse(null), outcome.applied(), outcome.list().kind(), items,
                legend, outcome.list().onBehalfOf(), outcome.problems(), outcome.added(), outcome.created(),
                outcome.alreadySigned());
    }
}
