package org.coalitiongraph.issue;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface IssueRepository extends Neo4jRepository<Issue, String> {
}
