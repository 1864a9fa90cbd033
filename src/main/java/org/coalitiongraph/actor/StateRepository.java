package org.coalitiongraph.actor;

import java.util.Optional;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface StateRepository extends Neo4jRepository<State, String> {

    Optional<State> findByIso3(String iso3);
}
