package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Asia Pacific Forum on Women, Law and Development (APWLD), Thailand; Lawyers, Rights and Justice Network, Kenya; …":
 * in a list of organisations whose semicolons separate its entries, an entry's commas are inside its name or before
 * where it is based. Each entry of two pieces or more is read as one name, with a state or "Global" at its end (and a
 * town before it) as its place. Names with a known organisation among them stay apart ("CIVICUS, Access Now; …" names two, or so
 * it may); an entry that a speaker speaks for is left as it is.
 */
final class SemicolonEntries {

    /** The items with each entry's name in one piece, and the places among them. */
    record Read(List<ListItem> items, Set<ListItem> places) {
    }

    private SemicolonEntries() {
    }

    static Read of(List<ListItem> items, Set<ListItem> places, StateIndex states, OrganisationIndex organisations) {
        var read = new ArrayList<ListItem>(items.size());
        var allPlaces = new HashSet<>(places);
        for (int i = 0, end; i < items.size(); i = end) {
            var first = items.get(i);
            end = i + 1;
            while (first.entry() > 0 && end < items.size() && items.get(end).line() == first.line() && items.get(end).entry() == first.entry()) {
                end++;
            }
            var entry = items.subList(i, end);
            // "…, Washington D.C. (United States of America); …": a town with its state, or an organisation with its own? The
            // resolver asks the reader (PlacesAfterNames.townsInTheirStates); the entry is not made one name with it.
            if (entry.size() < 2 || entry.stream().anyMatch(ListItem::spokenFor)
                    || PlacesAfterNames.isTownInItsState(entry.getLast().text(), states, organisations)) {
                read.addAll(entry);
                continue;
            }
            int name = entry.size();
            var ending = entry.getLast().text();
            if (states.exact(ending).isResolved() || PlacesAfterNames.isPlaceWord(ending)) {
                name--;
                if (name >= 2 && PlacesAfterNames.isTown(entry.get(name - 1).text(), states, organisations)) {
                    name--;
                }
            }
            var named = entry.subList(0, name);
            if (named.stream().allMatch(piece -> states.exact(piece.text()).isResolved())) {
                // "Kenya, Uganda; Rwanda, Burundi; …": states grouped, not an organisation and its place.
                read.addAll(entry);
                continue;
            }
            if (named.size() >= 2 && named.stream().anyMatch(piece -> organisations.exact(piece.text()).isResolved())) {
                read.addAll(named);
            } else {
                var last = named.getLast();
                read.add(new ListItem(named.stream().map(ListItem::text).collect(Collectors.joining(", ")), last.marker(), first.line(),
                        last.open(), false, first.entry()));
            }
            var where = entry.subList(name, entry.size());
            read.addAll(where);
            allPlaces.addAll(where);
        }
        return new Read(read, allPlaces);
    }
}
