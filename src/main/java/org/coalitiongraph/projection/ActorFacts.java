package org.coalitiongraph.projection;

import java.time.LocalDate;
import java.util.List;

import org.coalitiongraph.actor.ActorKind;

/**
 * What the analytics read of one actor.
 *
 * @param regionalGroup a state's UN regional group, or null
 * @param mergedIds     ids of actors merged into this one: they still name it
 * @param seated        whether a state holds a UN seat as member or observer; null where the graph does not say
 * @param until         the day a former state ended, or null
 */
record ActorFacts(String id, String name, ActorKind kind, String regionalGroup, List<String> mergedIds, Boolean seated,
        LocalDate until) {
}
