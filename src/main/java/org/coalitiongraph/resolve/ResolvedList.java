package org.coalitiongraph.resolve;

import java.util.List;
import java.util.Map;

import org.coalitiongraph.actor.ActorKind;

/**
 * A signatory list taken apart and resolved.
 *
 * @param kind       whether it was read as a list of states or of organisations
 * @param items      every name, in printed order
 * @param legend     the footnote markers and their meanings
 * @param onBehalfOf the declared group, when the list says "X on behalf of N states"
 */
public record ResolvedList(ActorKind kind, List<ResolvedItem> items, Map<String, String> legend,
        ParsedList.OnBehalfOf onBehalfOf) {

    public List<ResolvedItem> problems() {
        return items.stream().filter(ResolvedItem::isProblem).toList();
    }
}
