package org.coalitiongraph.alignment;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.actor.ActorRepository;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.filter.AnalyticsFilters;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.statement.Statement;
import org.coalitiongraph.statement.StatementRepository;
import org.coalitiongraph.web.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Who signed most often together with a given actor. One query ranks the co-signers; two batched
 * lookups load the actors and statements of the whole page, so the cost does not grow per row.
 */
@Service
public final class CoSigners {

    private final Neo4jClient neo4j;
    private final CypherQueries queries;
    private final AnalyticsFilters filters;
    private final ActorRepository actors;
    private final StatementRepository statements;

    public CoSigners(Neo4jClient neo4j, CypherQueries queries, AnalyticsFilters filters, ActorRepository actors,
            StatementRepository statements) {
        this.neo4j = neo4j;
        this.queries = queries;
        this.filters = filters;
        this.actors = actors;
        this.statements = statements;
    }

    public List<CoSigner> of(String actorId, AnalyticsFilter filter, int first) {
        if (!actors.existsById(actorId)) {
            throw new NotFoundException("actor", actorId);
        }
        var scope = filters.scope(filter, "filter");
        var parameters = new HashMap<String, Object>();
        parameters.put("actor", actorId);
        parameters.put("statements", scope.statementIds());
        parameters.put("actorLabels", AnalyticsFilters.actorLabels(filter));
        parameters.put("first", first);
        var rows = neo4j.query(queries.get("queries/alignment/co-signers"))
                .bindAll(parameters)
                .fetchAs(Row.class)
                .mappedBy((types, record) -> new Row(record.get("actor").asString(), record.get("count").asInt(),
                        record.get("statements").asList(value -> value.asString())))
                .all();
        return page(List.copyOf(rows));
    }

    private List<CoSigner> page(List<Row> rows) {
        var actorsById = actors.findAllById(rows.stream().map(Row::actor).toList()).stream()
                .collect(Collectors.toMap(Actor::getId, Function.identity()));
        var statementIds = rows.stream().flatMap(row -> row.statements().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Statement> statementsById = statements.findAllById(statementIds).stream()
                .collect(Collectors.toMap(Statement::getId, Function.identity()));
        return rows.stream()
                .map(row -> new CoSigner(actorsById.get(row.actor()), row.count(),
                        row.statements().stream().map(statementsById::get).toList()))
                .toList();
    }

    private record Row(String actor, int count, List<String> statements) {
    }
}
