package org.coalitiongraph.projection;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.embedded.EmbeddedNeo4j;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.statement.StatementKind;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Reads what the projection holds from the graph: all of it, or the records a write touched. */
@Component
final class ProjectionLoader {

    /** A full read of a large graph takes seconds; it runs in the background, not in a request. */
    private static final TransactionConfig READ = TransactionConfig.builder().withTimeout(Duration.ofMinutes(10)).build();

    private final Driver driver;
    private final CypherQueries queries;
    private final ObjectProvider<EmbeddedNeo4j> embedded;

    ProjectionLoader(Driver driver, CypherQueries queries, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.driver = driver;
        this.queries = queries;
        this.embedded = embedded;
    }

    /** The database's clock now: audit entries from here on are changes the full read may not have seen. */
    ZonedDateTime now() {
        return read("projection/now", Map.of(), record -> record.get("now").asZonedDateTime()).getFirst();
    }

    /** Every record: the model of the whole graph. */
    GraphModel loadAll() {
        var model = new GraphModel();
        actors(null).forEach(actor -> model.actors.put(actor.id(), actor));
        var neo4j = embedded.getIfAvailable();
        var statements = neo4j == null ? statements(null) : EmbeddedStatements.readAll(neo4j.database());
        statements.forEach(statement -> model.statements.put(statement.id(), statement));
        model.broader = broader();
        model.bodies = bodies();
        return model;
    }

    /** The actors with these ids that exist; null for all. */
    List<ActorFacts> actors(Collection<String> ids) {
        return read("projection/actors", parameters(ids), record -> new ActorFacts(
                record.get("id").asString(),
                record.get("name").asString(null),
                record.get("state").asBoolean() ? ActorKind.STATE : ActorKind.ORGANISATION,
                record.get("regionalGroup").asString(null),
                record.get("mergedIds").asList(Value::asString),
                record.get("seated").isNull() ? null : record.get("seated").asBoolean(),
                record.get("until").isNull() ? null : record.get("until").asLocalDate()));
    }

    /** The statements with these ids that exist; null for all. */
    List<StatementFacts> statements(Collection<String> ids) {
        return read("projection/statements", parameters(ids), ProjectionLoader::statement);
    }

    /** The statements the actors with these ids signed or voted on. */
    Set<String> statementsOf(Collection<String> actorIds) {
        return new HashSet<>(read("projection/statements-of-actors", Map.of("ids", List.copyOf(actorIds)),
                record -> record.get("id").asString()));
    }

    Map<String, List<String>> broader() {
        var broader = new HashMap<String, List<String>>();
        read("projection/issues", Map.of(), record -> broader.put(record.get("id").asString(),
                record.get("broader").asList(Value::asString)));
        return broader;
    }

    Map<String, String> bodies() {
        var bodies = new HashMap<String, String>();
        read("projection/sessions", Map.of(), record -> bodies.put(record.get("id").asString(),
                record.get("body").asString(null)));
        return bodies;
    }

    /** Audit entries written at or after {@code since}, oldest first. */
    List<AuditedWrite> writesSince(ZonedDateTime since) {
        return read("projection/changes-since", Map.of("since", since), record -> new AuditedWrite(
                record.get("id").asString(), record.get("at").asZonedDateTime(),
                record.get("targets").asList(Value::asString)));
    }

    private static StatementFacts statement(Record record) {
        var kind = record.get("kind").asString(null);
        var session = record.get("session").asList(Value::asString);
        var votes = new ArrayList<StatementFacts.CastVote>();
        for (var vote : Vote.values()) {
            for (var voter : record.get(vote.name().toLowerCase(Locale.ROOT)).asList(Value::asString)) {
                votes.add(new StatementFacts.CastVote(voter, vote));
            }
        }
        return new StatementFacts(
                record.get("id").asString(),
                kind == null ? null : StatementKind.valueOf(kind),
                record.get("date").isNull() ? null : record.get("date").asLocalDate(),
                session.isEmpty() ? null : session.getFirst(),
                record.get("issues").asList(value -> new StatementFacts.Stance(
                        value.get(0).asString(), value.get(1).asString(null))),
                record.get("counters").asList(Value::asString),
                record.get("signers").asList(Value::asString),
                votes,
                record.get("title").asString(null),
                record.get("text").asString(null),
                record.get("listComplete").isNull() ? null : record.get("listComplete").asBoolean(),
                record.get("leads").asList(Value::asString));
    }

    private static Map<String, Object> parameters(Collection<String> ids) {
        var parameters = new HashMap<String, Object>();
        parameters.put("ids", ids == null ? null : List.copyOf(ids));
        return parameters;
    }

    private <T> List<T> read(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(queries.get(query), parameters).list(mapper::apply), READ);
        }
    }
}
