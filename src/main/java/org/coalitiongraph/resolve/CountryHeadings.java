package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Kenya (3)", "Uganda (3)": in a list of organisations, states alone on their lines with how many organisations of
 * theirs follow, twice or more, head those organisations; they do not sign. A count, not a footnote: as many names
 * follow, none of them a state, up to the next heading or the end.
 */
final class CountryHeadings {

    private CountryHeadings() {
    }

    /** The pieces that head the organisations of their country, or none. */
    static Set<ListItem> of(List<ListItem> pieces, StateIndex states) {
        var candidates = new ArrayList<Integer>();
        for (int i = 0; i < pieces.size(); i++) {
            var piece = pieces.get(i);
            boolean alone = (i == 0 || pieces.get(i - 1).line() != piece.line())
                    && (i + 1 == pieces.size() || pieces.get(i + 1).line() != piece.line());
            if (alone && piece.marker() != null && piece.marker().matches("\\d{1,3}") && states.exact(piece.text()).isResolved()) {
                candidates.add(i);
            }
        }
        var headings = new HashSet<ListItem>();
        for (int k = 0; k < candidates.size(); k++) {
            int from = candidates.get(k) + 1;
            int to = k + 1 < candidates.size() ? candidates.get(k + 1) : pieces.size();
            var heading = pieces.get(candidates.get(k));
            int count = Integer.parseInt(heading.marker());
            // The last country may be followed by a heading of another kind ("Regional / International (5)", left out of the
            // pieces: a line missing after its names) and that heading's names.
            boolean last = k + 1 == candidates.size() && headings.size() >= 2 && count >= 1 && from + count < to
                    && pieces.get(from + count).line() > pieces.get(from + count - 1).line() + 1;
            boolean counted = (count == to - from || last && count < to - from)
                    && pieces.subList(from, from + Math.min(count, to - from)).stream().noneMatch(piece -> states.exact(piece.text()).isResolved());
            if (!counted && k + 1 < candidates.size()) {
                return Set.of();
            }
            if (counted) {
                headings.add(heading);
            }
        }
        return headings.size() >= 2 ? headings : Set.of();
    }
}
