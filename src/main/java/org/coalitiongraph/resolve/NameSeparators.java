package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a line of names splits: at commas and semicolons, but not inside parentheses ("Australia
 * (host, main sponsor)") nor inside a cell a spreadsheet quotes ("\"Lawyers for Human Rights, South
 * Africa\"": the quote opens the cell and closes it before the next separator). A parenthesis that
 * never closes, a quote inside a name (Human Rights Centre "Memorial") and typographic quotes
 * enclose nothing.
 */
final class NameSeparators {

    private NameSeparators() {
    }

    static List<String> split(String line) {
        return split(line, null);
    }

    /**
     * "Human Rights Watch; هيومن رايتس ووتش", as a bilingual table's row pastes: a line of two pieces, one in Latin script and
     * the other in a script without Latin letters, is one name printed twice; the Latin piece is kept.
     */
    static List<String> twinsInOtherScripts(List<String> pieces) {
        if (pieces.size() != 2) {
            return pieces;
        }
        boolean firstLatin = hasLatinLetters(pieces.get(0));
        boolean secondLatin = hasLatinLetters(pieces.get(1));
        if (firstLatin == secondLatin) {
            return pieces;
        }
        var other = firstLatin ? pieces.get(1) : pieces.get(0);
        return other.codePoints().anyMatch(Character::isLetter) ? List.of(firstLatin ? pieces.get(0) : pieces.get(1)) : pieces;
    }

    private static boolean hasLatinLetters(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /**
     * For each piece of {@link #split}, the number of the semicolon-separated entry it is part of, from 1: where a line's
     * semicolons separate entries and its commas are inside them ("A, Law and Development, Thailand; B, Kenya; C"), two
     * semicolons or more and two entries or more with a comma. Null for any other line.
     */
    static int[] semicolonEntries(String line) {
        var separators = new ArrayList<Character>();
        var pieces = split(line, separators);
        var entries = new int[pieces.size()];
        int entry = 1;
        int semicolons = 0;
        int withCommas = 0;
        boolean comma = false;
        for (int i = 0; i < pieces.size(); i++) {
            entries[i] = entry;
            if (i == separators.size() || separators.get(i) == ';') {
                withCommas += comma ? 1 : 0;
                comma = false;
                semicolons += i < separators.size() ? 1 : 0;
                entry++;
            } else {
                comma = true;
            }
        }
        return semicolons >= 2 && withCommas >= 2 ? entries : null;
    }

    /** The pieces, and into {@code separators} (when not null) the separator after each piece but the last. */
    private static List<String> split(String line, List<Character> separators) {
        int n = line.length();
        // Whether a closing parenthesis still follows each position: an unclosed one does not hold commas.
        var closeParenthesisAfter = new boolean[n + 1];
        // The first quote from each position on that could close a quoted cell: followed by a separator or the end.
        var closingQuote = new int[n + 1];
        closingQuote[n] = -1;
        int separatorAhead = n;
        for (int i = n - 1; i >= 0; i--) {
            char c = line.charAt(i);
            closeParenthesisAfter[i] = c == ')' || c != '(' && closeParenthesisAfter[i + 1];
            closingQuote[i] = c == '"' && separatorAhead >= 0 ? i : closingQuote[i + 1];
            // The next non-space character decides whether a quote here closes a cell.
            separatorAhead = c == ',' || c == ';' ? i : c == ' ' ? separatorAhead : -1;
        }
        var pieces = new ArrayList<String>();
        int start = 0;
        int depth = 0;
        boolean cellStarted = false;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '"' && !cellStarted) {
                int close = closingQuote[i + 1];
                if (close > 0) {
                    i = close;
                    cellStarted = true;
                    continue;
                }
            }
            cellStarted |= !Character.isWhitespace(c);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if ((c == ',' || c == ';') && !(depth > 0 && closeParenthesisAfter[i + 1])) {
                pieces.add(line.substring(start, i));
                if (separators != null) {
                    separators.add(c);
                }
                start = i + 1;
                cellStarted = false;
            }
        }
        pieces.add(line.substring(start));
        return pieces;
    }
}
