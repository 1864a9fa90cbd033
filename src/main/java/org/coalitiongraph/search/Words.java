package org.coalitiongraph.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Text as the search compares it: lower case, accents dropped, split into words of letters and digits. */
final class Words {

    private Words() {
    }

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        var folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }

    /** Exactly, as a prefix, or within the edits a word of its length is allowed (1 from 4 letters, 2 from 6). */
    static boolean matches(String typed, String word) {
        if (word.equals(typed) || (typed.length() >= 2 && word.startsWith(typed))) {
            return true;
        }
        int allowed = typed.length() >= 6 ? 2 : typed.length() >= 4 ? 1 : 0;
        return allowed > 0 && Math.abs(typed.length() - word.length()) <= allowed && distance(typed, word) <= allowed;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
