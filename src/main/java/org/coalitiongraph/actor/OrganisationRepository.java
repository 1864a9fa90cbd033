package org.coalitiongraph.actor;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface OrganisationRepository extends Neo4jRepository<Organisation, String> {
}
