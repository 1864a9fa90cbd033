package org.coalitiongraph.source;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface SourceRepository extends Neo4jRepository<Source, String> {
}
