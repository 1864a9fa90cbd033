package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a line of names splits: at commas and semicolons, but not inside parentheses ("Australia
 * (host, main sponsor)") nor inside double quotes, as spreadsheets export a name with a comma in it
 * ("Lawyers for Human Rights, South Africa"). A parenthesis or quote that never closes encloses
 * nothing.
 */
final class NameSeparators {

    private NameSeparators() {
    }

    static List<String> split(String line) {
        // Whether a closing parenthesis or quote still follows each position: an unclosed one does not hold commas.
        int n = line.length();
        var closeParenthesisAfter = new boolean[n + 1];
        var quoteAfter = new boolean[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            char c = line.charAt(i);
            closeParenthesisAfter[i] = c == ')' || c != '(' && closeParenthesisAfter[i + 1];
            quoteAfter[i] = isQuote(c) || quoteAfter[i + 1];
        }
        var pieces = new ArrayList<String>();
        int start = 0;
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (isQuote(c)) {
                quoted = !quoted && quoteAfter[i + 1];
            } else if ((c == ',' || c == ';') && !(depth > 0 && closeParenthesisAfter[i + 1]) && !quoted) {
                pieces.add(line.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(line.substring(start));
        return pieces;
    }

    /** Spreadsheets quote with straight quotes; typographic ones are part of names ("Menschenrechtszentrum „Memorial“"). */
    private static boolean isQuote(char c) {
        return c == '"';
    }
}
