package org.coalitiongraph.person;

import java.util.Optional;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface PersonRepository extends Neo4jRepository<Person, String> {

    /** A person only when marked public: anyone else may be at risk of reprisals. */
    default Optional<Person> findPublicById(String id) {
        return findById(id).filter(person -> Boolean.TRUE.equals(person.isPublic()));
    }
}
