package org.coalitiongraph.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph as the analytics read it, kept current record by record by the updater thread (and
 * only by it), and compiled into an immutable {@link Projection} after each change.
 */
final class GraphModel {

    final Map<String, ActorFacts> actors = new HashMap<>();
    final Map<String, StatementFacts> statements = new HashMap<>();
    /** Each issue with the broader issues it sits under. */
    Map<String, List<String>> broader = Map.of();
    /** Each session with its body (HRC, UNGA, …); the body may be null. */
    Map<String, String> bodies = Map.of();
}
