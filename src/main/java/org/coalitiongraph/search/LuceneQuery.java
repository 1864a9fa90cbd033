package org.coalitiongraph.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.coalitiongraph.web.InvalidArgumentException;

/**
 * Turns what a user typed into a query for Neo4j's full-text indexes: each word matches exactly,
 * as a prefix, or with a small misspelling (one edit for words of 4–5 letters, two from 6), and
 * Lucene's own syntax in the input is taken literally. Case and accents are left to the index's
 * folding analyzer; word order never matters.
 */
public final class LuceneQuery {

    private LuceneQuery() {
    }

    /** Ranked: any word may match; more and closer matches rank higher. */
    public static String anyWord(String text, String argument) {
        return String.join(" OR ", clauses(text, argument));
    }

    /** Every word must match. */
    public static String everyWord(String text, String argument) {
        return clauses(text, argument).stream().map(clause -> "+" + clause).collect(Collectors.joining(" "));
    }

    private static List<String> clauses(String text, String argument) {
        var words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toList();
        if (words.isEmpty()) {
            throw new InvalidArgumentException(argument, "needs at least one letter or digit");
        }
        if (words.size() > 32) {
            throw new InvalidArgumentException(argument, "has more than 32 words");
        }
        return words.stream().map(LuceneQuery::clause).toList();
    }

    private static String clause(String word) {
        var fuzzy = word.length() >= 6 ? " OR " + word + "~2" : word.length() >= 4 ? " OR " + word + "~1" : "";
        return "(" + word + "^3 OR " + word + "*" + fuzzy + ")";
    }
}
