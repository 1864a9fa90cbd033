package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NGO sign-on lists print where each signatory is based: "Uyghur Human Rights Project, USA",
 * "Justice for All, Kampala, Uganda". The place is not a signatory. A list is read that way when
 * most of its lines with more than one name start with a name that is no state and end with one
 * that is; the names after the first on those lines are then dropped.
 */
final class PlacesAfterNames {

    private PlacesAfterNames() {
    }

    static List<ListItem> drop(List<ListItem> items, StateIndex states) {
        Map<Integer, List<ListItem>> byLine = new LinkedHashMap<>();
        items.forEach(item -> byLine.computeIfAbsent(item.line(), line -> new ArrayList<>()).add(item));
        int lines = 0;
        var located = new HashSet<Integer>();
        for (var entry : byLine.entrySet()) {
            var names = entry.getValue();
            if (names.size() < 2) {
                continue;
            }
            lines++;
            var first = states.match(names.getFirst().text());
            // A misspelt state first ("Kenia, Uganda") is a list of states, not a name and its place.
            boolean firstIsNoState = !first.isResolved() && first.candidates().isEmpty();
            if (names.size() <= 3 && firstIsNoState && states.match(names.getLast().text()).isResolved()) {
                located.add(entry.getKey());
            }
        }
        if (located.size() < 2 || located.size() * 2 <= lines) {
            return items;
        }
        return items.stream().filter(item -> !located.contains(item.line()) || byLine.get(item.line()).getFirst() == item).toList();
    }
}
