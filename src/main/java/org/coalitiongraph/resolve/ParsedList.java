package org.coalitiongraph.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A signatory list as printed, taken apart.
 *
 * @param items      the names, in printed order
 * @param legend     what each footnote marker means, from the list's legend ("*" → "ECOSOC consultative status")
 * @param onBehalfOf "Canada on behalf of 44 states": the declared group, or null
 * @param individualLines the lines (from 1) under a heading such as "Individual signatories": people, not actors
 * @param notSignedLines  the rows of a table whose status says the name did not sign ("Mexico, No" under "Signed"), and
 *                        lines of one name that a note, a cross or an empty box says did not sign
 * @param notSignedItems  names struck through among others on their line ("Amnesty International, ~~Freedom House~~")
 */
public record ParsedList(List<ListItem> items, Map<String, String> legend, OnBehalfOf onBehalfOf, Set<Integer> individualLines,
        Set<Integer> notSignedLines, Set<ListItem> notSignedItems) {

    /**
     * @param speaker    the name that speaks for the group as printed ("Canada"), or null
     * @param count      the number of states (or organisations) declared
     * @param lowerBound whether the text says "more than", "over" or "at least"
     */
    public record OnBehalfOf(String speaker, int count, boolean lowerBound) {
    }
}
