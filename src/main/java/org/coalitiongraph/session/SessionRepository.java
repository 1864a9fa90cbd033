package org.coalitiongraph.session;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface SessionRepository extends Neo4jRepository<Session, String> {
}
