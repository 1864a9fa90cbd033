package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * NGO sign-on lists print where each signatory is based: "Uyghur Human Rights Project, USA",
 * "Justice for All, Kampala, Uganda". The place is not a signatory. A list is read that way only
 * when it is plainly so: three lines or more of a name that is no state followed by a state (with a
 * town between, at most, that names no actor), and no line of several names printed otherwise. The
 * resolver then reports those names as places, in lists of organisations only. "Ambassador X,
 * Canada" signs for Canada.
 */
final class PlacesAfterNames {

    private static final int FEWEST_LINES = 3;
    /** A person signing for a state: the state is the signatory. */
    private static final Pattern PERSON = Pattern.compile(
            "(?i)^(?:h\\.?\\s?e\\.?|ambassador|minister|mr|ms|mrs|dr|prof|professor|president|prime minister|secretary)\\b.*");

    private PlacesAfterNames() {
    }

    /** The items of a list that print a place, not a signatory; empty unless the whole list prints places so. */
    static Set<ListItem> of(List<ListItem> items, StateIndex states, OrganisationIndex organisations) {
        Map<Integer, List<ListItem>> byLine = new LinkedHashMap<>();
        items.forEach(item -> byLine.computeIfAbsent(item.line(), line -> new ArrayList<>()).add(item));
        var places = new HashSet<ListItem>();
        int lines = 0;
        for (var names : byLine.values()) {
            if (names.size() < 2) {
                continue;
            }
            if (!nameAndPlace(names, states, organisations)) {
                return Set.of();
            }
            lines++;
            places.addAll(names.subList(1, names.size()));
        }
        return lines < FEWEST_LINES ? Set.of() : places;
    }

    private static boolean nameAndPlace(List<ListItem> names, StateIndex states, OrganisationIndex organisations) {
        var first = names.getFirst().text();
        var firstAsState = states.match(first);
        // A misspelt state first ("Kenia, Uganda") is a list of states, not a name and its place.
        boolean firstIsNoState = !firstAsState.isResolved() && firstAsState.candidates().isEmpty() && !PERSON.matcher(first).matches();
        boolean town = names.size() == 2 || names.size() == 3 && !states.match(names.get(1).text()).isResolved()
                && !organisations.match(names.get(1).text()).isResolved();
        return firstIsNoState && town && states.match(names.getLast().text()).isResolved();
    }
}
