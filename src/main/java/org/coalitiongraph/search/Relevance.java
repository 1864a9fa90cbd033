package org.coalitiongraph.search;

import java.util.HashSet;
import java.util.List;

/**
 * Ranks the candidates the full-text index found by how well one of their names answers what was
 * typed: how many typed words it matches (coverage), how few words it has besides (precision), and
 * whether it is exactly what was typed. The index's own score only breaks ties: it counts repeated
 * words in aliases and would put "Lawyers' Rights Watch Canada" above "Canada" for "Canada".
 */
final class Relevance {

    private Relevance() {
    }

    /**
     * @param names      the candidate's names: name, acronym, aliases; or title and symbol
     * @param indexScore the full-text score relative to the best candidate's, 0 to 1
     */
    static double of(String typed, List<String> names, double indexScore) {
        var words = Words.of(typed);
        double best = 0;
        for (var name : names) {
            var nameWords = Words.of(name);
            if (nameWords.isEmpty() || words.isEmpty()) {
                continue;
            }
            long covered = words.stream().filter(w -> nameWords.stream().anyMatch(n -> Words.matches(w, n))).count();
            long used = nameWords.stream().filter(n -> words.stream().anyMatch(w -> Words.matches(w, n))).count();
            double coverage = (double) covered / words.size();
            double precision = (double) used / nameWords.size();
            double exact = new HashSet<>(nameWords).equals(new HashSet<>(words)) ? 1 : 0;
            best = Math.max(best, 3 * coverage + precision + exact);
        }
        return best + 0.5 * indexScore;
    }
}
