package org.coalitiongraph.opposition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.coalitiongraph.projection.Projection;

/**
 * Changes of side in one actor's signatures on one issue: its statements read oldest first (undated
 * ones last, statements of one day by id), each statement on another side than the one before is a change.
 */
final class SideChanges {

    /** A statement an actor signed: its number, day ({@link Projection#NO_DATE} when undated), id and side. */
    record Signed(int statement, int day, String id, String stance) {
    }

    /** A change from the side of {@code before} to the side of {@code after}. */
    record Change(Signed before, Signed after) {
    }

    static final Comparator<Signed> OLDEST_FIRST = Comparator.comparing((Signed s) -> s.day() == Projection.NO_DATE)
            .thenComparingInt(Signed::day)
            .thenComparing(Signed::id);

    private SideChanges() {
    }

    static List<Change> of(List<Signed> signed) {
        var ordered = new ArrayList<>(signed);
        ordered.sort(OLDEST_FIRST);
        var changes = new ArrayList<Change>();
        for (int i = 1; i < ordered.size(); i++) {
            if (!ordered.get(i).stance().equals(ordered.get(i - 1).stance())) {
                changes.add(new Change(ordered.get(i - 1), ordered.get(i)));
            }
        }
        return changes;
    }
}
