package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * NGO sign-on lists print where each signatory is based: "Uyghur Human Rights Project, USA",
 * "Justice for All, Kampala, Uganda". The place is not a signatory. A list is read that way only
 * when it is plainly so: three lines or more of a name that is no state followed by a state (with a
 * one-word town between, at most), and no line of several names printed otherwise. Then the names
 * after the first on those lines are dropped. "Ambassador X, Canada" signs for Canada and stays.
 */
final class PlacesAfterNames {

    private static final int FEWEST_LINES = 3;
    /** A person signing for a state: the state is the signatory. */
    private static final Pattern PERSON = Pattern.compile(
            "(?i)^(?:h\\.?\\s?e\\.?|ambassador|minister|mr|ms|mrs|dr|prof|professor|president|prime minister|secretary)\\b.*");

    private PlacesAfterNames() {
    }

    static List<ListItem> drop(List<ListItem> items, StateIndex states) {
        Map<Integer, List<ListItem>> byLine = new LinkedHashMap<>();
        items.forEach(item -> byLine.computeIfAbsent(item.line(), line -> new ArrayList<>()).add(item));
        var located = new HashSet<Integer>();
        for (var entry : byLine.entrySet()) {
            var names = entry.getValue();
            if (names.size() < 2) {
                continue;
            }
            if (!namesAndPlace(names, states)) {
                return items;
            }
            located.add(entry.getKey());
        }
        if (located.size() < FEWEST_LINES) {
            return items;
        }
        return items.stream().filter(item -> !located.contains(item.line()) || byLine.get(item.line()).getFirst() == item).toList();
    }

    private static boolean namesAndPlace(List<ListItem> names, StateIndex states) {
        var first = names.getFirst().text();
        var firstAsState = states.match(first);
        // A misspelt state first ("Kenia, Uganda") is a list of states, not a name and its place.
        boolean firstIsNoState = !firstAsState.isResolved() && firstAsState.candidates().isEmpty() && !PERSON.matcher(first).matches();
        boolean town = names.size() == 2 || names.size() == 3 && !names.get(1).text().strip().contains(" ")
                && !states.match(names.get(1).text()).isResolved();
        return firstIsNoState && town && states.match(names.getLast().text()).isResolved();
    }
}
