package org.coalitiongraph.opposition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.alignment.ProjectedActors;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.issue.Issue;
import org.coalitiongraph.issue.IssueRepository;
import org.coalitiongraph.opposition.Opposition.IssueSides;
import org.coalitiongraph.opposition.Opposition.Side;
import org.coalitiongraph.opposition.Opposition.SideActor;
import org.coalitiongraph.opposition.Opposition.SideChange;
import org.coalitiongraph.opposition.Opposition.SideChanger;
import org.coalitiongraph.projection.Projection;
import org.coalitiongraph.statement.Statement;
import org.coalitiongraph.statement.StatementRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code opposition}: counted on the projection ({@link Oppositions}); the statements, actors and
 * issues of the answer are read from the graph only where asked for, one query per field for the whole answer.
 */
@Controller
class OppositionController {

    private final Oppositions oppositions;
    private final StatementRepository statements;
    private final ProjectedActors actors;
    private final IssueRepository issues;

    OppositionController(Oppositions oppositions, StatementRepository statements, ProjectedActors actors,
            IssueRepository issues) {
        this.oppositions = oppositions;
        this.statements = statements;
        this.actors = actors;
        this.issues = issues;
    }

    @QueryMapping
    Opposition opposition(@Argument String statement, @Argument AnalyticsFilter filter) {
        return oppositions.of(statement, AnalyticsFilter.orNone(filter));
    }

    @BatchMapping(typeName = "Opposition", field = "statement")
    List<Statement> statement(List<Opposition> rows) {
        var byId = statements(rows.stream().map(Opposition::statementId).toList());
        return rows.stream().map(row -> byId.get(row.statementId())).toList();
    }

    @BatchMapping(typeName = "Opposition", field = "counters")
    List<List<Statement>> counters(List<Opposition> rows) {
        return statementLists(rows, Opposition::projection, Opposition::counters);
    }

    @BatchMapping(typeName = "Opposition", field = "counteredBy")
    List<List<Statement>> counteredBy(List<Opposition> rows) {
        return statementLists(rows, Opposition::projection, Opposition::counteredBy);
    }

    @BatchMapping(typeName = "IssueSides", field = "issue")
    List<Issue> issue(List<IssueSides> rows) {
        var ids = rows.stream().map(row -> row.projection().issueId(row.issue())).toList();
        var byId = issues.findAllById(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Issue::id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    @BatchMapping(typeName = "Side", field = "statements")
    List<List<Statement>> sideStatements(List<Side> rows) {
        return statementLists(rows, Side::projection, Side::statements);
    }

    @BatchMapping(typeName = "SideActor", field = "actor")
    List<Actor> sideActor(List<SideActor> rows) {
        return actors(rows, SideActor::projection, SideActor::actor);
    }

    @BatchMapping(typeName = "SideChanger", field = "actor")
    List<Actor> sideChanger(List<SideChanger> rows) {
        return actors(rows, SideChanger::projection, SideChanger::actor);
    }

    @BatchMapping(typeName = "SideChange", field = "fromStatement")
    List<Statement> fromStatement(List<SideChange> rows) {
        var ids = rows.stream().map(row -> row.projection().statementId(row.fromStatement())).toList();
        var byId = statements(ids);
        return ids.stream().map(byId::get).toList();
    }

    @BatchMapping(typeName = "SideChange", field = "toStatement")
    List<Statement> toStatement(List<SideChange> rows) {
        var ids = rows.stream().map(row -> row.projection().statementId(row.toStatement())).toList();
        var byId = statements(ids);
        return ids.stream().map(byId::get).toList();
    }

    @SchemaMapping(typeName = "SideChange", field = "fromDate")
    LocalDate fromDate(SideChange change) {
        return change.projection().date(change.fromStatement());
    }

    @SchemaMapping(typeName = "SideChange", field = "toDate")
    LocalDate toDate(SideChange change) {
        return change.projection().date(change.toStatement());
    }

    private <T> List<List<Statement>> statementLists(List<T> rows, Function<T, Projection> projection,
            Function<T, List<Integer>> numbers) {
        var ids = rows.stream().flatMap(row -> numbers.apply(row).stream().map(projection.apply(row)::statementId))
                .toList();
        var byId = statements(ids);
        return rows.stream().map(row -> numbers.apply(row).stream()
                .map(s -> byId.get(projection.apply(row).statementId(s))).filter(Objects::nonNull).toList()).toList();
    }

    private Map<String, Statement> statements(Collection<String> ids) {
        return statements.findAllById(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Statement::getId, Function.identity()));
    }

    /** Through {@link ProjectedActors}, which keeps actors read while the projection is current. */
    private <T> List<Actor> actors(List<T> rows, Function<T, Projection> projection, ToIntFunction<T> actor) {
        var byProjection = new LinkedHashMap<Projection, Map<Integer, Actor>>();
        rows.stream().collect(Collectors.groupingBy(projection, LinkedHashMap::new,
                Collectors.mapping(row -> actor.applyAsInt(row), Collectors.toList())))
                .forEach((p, numbers) -> byProjection.put(p, actors.load(p, numbers)));
        return rows.stream().map(row -> byProjection.get(projection.apply(row)).get(actor.applyAsInt(row))).toList();
    }
}
