package org.coalitiongraph.projection;

import java.util.List;

import org.coalitiongraph.actor.ActorKind;

/**
 * What the analytics read of one actor.
 *
 * @param regionalGroup a state's UN regional group, or null
 * @param mergedIds     ids of actors merged into this one: they still name it
 */
record ActorFacts(String id, String name, ActorKind kind, String regionalGroup, List<String> mergedIds) {
}
