package org.coalitiongraph.actor;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.coalitiongraph.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Finds actors by id, or by the id of an actor merged into them: links made before a merge go on
 * working. An id that names a node finds that node, even if it was once merged into another.
 */
@Service
final class ActorLookup {

    private final ActorRepository actors;
    private final StateRepository states;
    private final OrganisationRepository organisations;
    private final Neo4jClient neo4j;
    private final CypherQueries queries;

    ActorLookup(ActorRepository actors, StateRepository states, OrganisationRepository organisations, Neo4jClient neo4j,
            CypherQueries queries) {
        this.actors = actors;
        this.states = states;
        this.organisations = organisations;
        this.neo4j = neo4j;
        this.queries = queries;
    }

    Optional<Actor> actor(String id) {
        return find("Actor", id, actors::findById);
    }

    Optional<State> state(String id) {
        return find("State", id, states::findById);
    }

    Optional<Organisation> organisation(String id) {
        return find("Organisation", id, organisations::findById);
    }

    private <T> Optional<T> find(String label, String id, Function<String, Optional<T>> byId) {
        return byId.apply(id).or(() -> neo4j.query(queries.get("queries/actor/merged-into"))
                .bindAll(Map.of("label", label, "id", id))
                .fetchAs(String.class).mappedBy((types, row) -> row.get("id").asString())
                .one()
                .flatMap(byId));
    }
}
