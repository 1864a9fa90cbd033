package org.coalitiongraph.graph;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.stereotype.Component;

/** Turns a node returned by a Cypher file into its mapped entity, as Spring Data Neo4j would. */
@Component
public final class NodeMapper {

    private final Neo4jMappingContext mappingContext;

    public NodeMapper(Neo4jMappingContext mappingContext) {
        this.mappingContext = mappingContext;
    }

    public <T> T map(Value node, Class<T> type) {
        return mappingContext.getRequiredMappingFunctionFor(type).apply(TypeSystem.getDefault(), node);
    }
}
