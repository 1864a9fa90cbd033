package org.coalitiongraph.resolve;

import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.graph.GraphChanged;
import org.neo4j.driver.Driver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** Matches organisation names against the organisations in the graph; read again after any write. */
@Service
public final class OrganisationResolver {

    private final RefreshingIndex<OrganisationIndex> index;

    public OrganisationResolver(Driver driver, CypherQueries queries) {
        this.index = new RefreshingIndex<>(() -> new OrganisationIndex(
                driver.executableQuery(queries.get("resolve/organisation-names")).execute().records().stream()
                        .map(row -> new OrganisationNames(row.get("id").asString(), row.get("name").asString(),
                                row.get("acronym").asString(null), row.get("aliases").asList(alias -> alias.asString())))
                        .toList()));
    }

    public OrganisationIndex index() {
        return index.get();
    }

    @EventListener
    void forget(GraphChanged change) {
        index.forget();
    }
}
