package org.coalitiongraph.grouping;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface GroupingRepository extends Neo4jRepository<Grouping, String> {
}
