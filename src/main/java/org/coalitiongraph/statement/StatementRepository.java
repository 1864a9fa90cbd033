package org.coalitiongraph.statement;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface StatementRepository extends Neo4jRepository<Statement, String> {
}
