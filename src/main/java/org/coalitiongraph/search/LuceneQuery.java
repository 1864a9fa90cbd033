package org.coalitiongraph.search;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.coalitiongraph.web.InvalidArgumentException;

/**
 * Turns what a user typed into a query for Neo4j's full-text indexes: each word matches exactly,
 * as a prefix, or with a small misspelling (one edit for words of 4–5 letters, two from 6), and
 * Lucene's own syntax in the input is taken literally. Words are folded (case, accents) here too,
 * because prefix and fuzzy terms bypass the index's analyzer. Case and accents are left to the index's
 * folding analyzer; word order never matters.
 */
public final class LuceneQuery {

    /**
     * The English stop words the index's analyzer drops: a clause on one of them could never match,
     * and as a required clause it would make every query with "on" or "the" find nothing.
     */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with");

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
        var words = Words.of(text).stream().filter(word -> !STOP_WORDS.contains(word)).toList();
        if (words.isEmpty()) {
            throw new InvalidArgumentException(argument, "needs at least one word with letters or digits"
                    + " that is not a stop word such as 'the' or 'on'");
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
