package org.coalitiongraph.actor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface StateRepository extends Neo4jRepository<State, String> {

    /** Several states may share a code over time (a former state and its successor); current ones first. */
    List<State> findAllByIso3(String iso3);

    default Optional<State> findByIso3(String iso3) {
        return findAllByIso3(iso3).stream().min(Comparator.comparing(state -> state.getTo() != null));
    }
}
