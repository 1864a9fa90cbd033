package org.coalitiongraph.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where each part of an import document came from in what the user gave: a document converted from
 * CSV or from another JSON shape reports its problems by the user's line and column or field, not
 * by the paths of the converted document. A path with no place of its own takes the place of the
 * nearest part that holds it ({@code statements[2].signatories[0].actor} → the row of that signature).
 */
final class Locations {

    private static final Locations SAME = new Locations(Map.of(), UnaryOperator.identity(), true);

    private final Map<String, String> places;
    private final UnaryOperator<String> remap;
    private final boolean same;

    private Locations(Map<String, String> places, UnaryOperator<String> remap, boolean same) {
        this.places = places;
        this.remap = remap;
        this.same = same;
    }

    /** For a document in the import format itself: a path is its own place. */
    static Locations same() {
        return SAME;
    }

    /** Places by path, filled by a conversion with {@link Builder#put}. */
    static Builder builder() {
        return new Builder();
    }

    /** Where the part at this path of the document came from. */
    String of(String path) {
        var mapped = remap.apply(path);
        if (same) {
            return mapped;
        }
        for (var prefix = mapped; prefix != null; prefix = parent(prefix)) {
            var place = places.get(prefix);
            if (place != null) {
                return place;
            }
        }
        return mapped;
    }

    /** The same places for a document whose paths moved: {@code moved} gives a new path's old one. */
    Locations remapped(UnaryOperator<String> moved) {
        return new Locations(places, path -> remap.apply(moved.apply(path)), same);
    }

    /** {@code a.b[2].c} → {@code a.b[2]} → {@code a.b} → {@code a} → null. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }

    static final class Builder {

        private final Map<String, String> places = new HashMap<>();

        /** The first place given for a path stays. */
        Builder put(String path, String place) {
            places.putIfAbsent(path, place);
            return this;
        }

        Locations build() {
            return new Locations(Map.copyOf(places), UnaryOperator.identity(), false);
        }
    }
}
