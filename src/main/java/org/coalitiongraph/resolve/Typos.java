package org.coalitiongraph.resolve;

/**
 * Edit distance with transpositions (optimal string alignment), cut off early: the resolver only
 * needs to know whether two keys are within one or two edits.
 */
final class Typos {

    private Typos() {
    }

    /** How often each letter, digit and other character occurs in a key (counts above 127 saturate). */
    static byte[] letters(String key) {
        var counts = new byte[38];
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            int slot = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : c == ' ' ? 36 : 37;
            if (counts[slot] < Byte.MAX_VALUE) {
                counts[slot]++;
            }
        }
        return counts;
    }

    /**
     * A lower bound of the distance from the letter counts alone: a substitution changes two counts
     * by one, an insertion or deletion one, a swap none. Cheap enough to try against every key first.
     */
    static int fewestEdits(byte[] a, byte[] b) {
        int difference = 0;
        for (int i = 0; i < a.length; i++) {
            difference += Math.abs(a[i] - b[i]);
        }
        return (difference + 1) / 2;
    }

    /** The distance between a and b, or {@code limit + 1} when it is larger than limit. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int n = a.length();
        int m = b.length();
        var twoBack = new int[m + 1];
        var previous = new int[m + 1];
        var current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, twoBack[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            var spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[m], limit + 1);
    }
}
