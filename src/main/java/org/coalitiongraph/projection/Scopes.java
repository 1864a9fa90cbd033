package org.coalitiongraph.projection;

import java.util.List;
import java.util.function.ToIntFunction;

import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.filter.AnalyticsFilters;
import org.springframework.stereotype.Service;

/**
 * Checks an {@link AnalyticsFilter} as every analytics field does and evaluates it on the
 * projection. Ids are checked in memory; only one the projection does not know is looked up in the
 * graph, which decides (a node just written by another instance may not be in the copy yet).
 */
@Service
public final class Scopes {

    private final AnalyticsFilters filters;

    Scopes(AnalyticsFilters filters) {
        this.filters = filters;
    }

    /** @param argument the filter argument's name, for errors ("filter") */
    public Scope of(Projection projection, AnalyticsFilter filter, String argument) {
        AnalyticsFilters.validateParts(filter, argument);
        requireKnown(filter.issues(), projection::issueIndex, "Issue", argument + ".issues");
        requireKnown(filter.sessions(), projection::sessionIndex, "Session", argument + ".sessions");
        return Scope.of(projection, filter);
    }

    private void requireKnown(List<String> ids, ToIntFunction<String> index, String label, String argument) {
        if (ids != null && ids.stream().anyMatch(id -> index.applyAsInt(id) < 0)) {
            filters.requireKnown(ids, label, argument);
        }
    }
}
