package org.coalitiongraph.resolve;

import java.util.List;

import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.graph.GraphChanged;
import org.neo4j.driver.Driver;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Resolves state names as people write them against the states in the graph (names, formal names,
 * aliases, codes). The index lives in memory and is read again after any write, so states and
 * aliases added through the API count at once.
 */
@Service
public final class StateResolver {

    /**
     * The dataset of the UN member and observer states, former states and their aliases that names
     * resolve against: the app loads it on start; a command that resolves names loads it if missing.
     */
    public static final String REFERENCE_STATES = "un-states";

    private final RefreshingIndex<StateIndex> index;

    public StateResolver(Driver driver, CypherQueries queries) {
        this.index = new RefreshingIndex<>(() -> new StateIndex(driver.executableQuery(queries.get("resolve/state-names"))
                .execute().records().stream()
                .map(row -> new StateNames(row.get("id").asString(), row.get("name").asString(),
                        row.get("formalName").asString(null), row.get("aliases").asList(alias -> alias.asString()),
                        row.get("iso3").asString(null), row.get("iso2").asString(null)))
                .toList()));
    }

    public List<NameMatch> resolve(List<String> names) {
        var current = index.get();
        return names.stream().map(current::match).toList();
    }

    public NameMatch resolve(String name) {
        return index.get().match(name);
    }

    public StateIndex index() {
        return index.get();
    }

    @EventListener
    void forget(GraphChanged change) {
        index.forget();
    }
}
