package org.coalitiongraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a name as people write it into a key that equal names share: case, accents, punctuation,
 * "&", "St.", a "the" anywhere, dotted initials ("U.K.") and the inverted orders of lists and
 * UN terminology ("Korea, Republic of", "Iran (Islamic Republic of)") all fall away.
 */
public final class Names {

    /** Words that say nothing about which country or body is meant, alone. */
    static final Set<String> FILLER = Set.of("of", "and", "the");

    private static final Pattern INVERTED_COMMA = Pattern.compile("^(.+?)\\s*,\\s*(.+\\bof(?:\\s+the)?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INVERTED_PARENS = Pattern.compile("^(.+?)\\s*\\(\\s*(.+\\bof(?:\\s+the)?)\\s*\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_THE = Pattern.compile("^(.+?)\\s*,\\s*the\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)\\s*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`\u00b4]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /** The key of a name: lower-case words without accents or filler, in the UN's natural order. */
    public static String key(String name) {
        return String.join(" ", words(name));
    }

    /** The key of a name with its parenthesised parts left out ("Myanmar (Burma)" → "myanmar"), or null when it has none. */
    public static String keyWithoutParentheses(String name) {
        if (name == null || name.indexOf('(') < 0) {
            return null;
        }
        var stripped = PARENTHESES.matcher(name).replaceAll(" ").strip();
        return stripped.isEmpty() ? null : key(stripped);
    }

    /** The words of {@link #key}, in order. */
    public static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        var text = reorder(name.strip());
        text = Normalizer.normalize(text, Normalizer.Form.NFKD);
        text = MARKS.matcher(text).replaceAll("");
        text = text.toLowerCase(Locale.ROOT).replace("&", " and ").replace("ß", "ss");
        text = APOSTROPHES.matcher(text).replaceAll("");
        var words = new ArrayList<String>();
        for (var word : NOT_WORD.split(text)) {
            if (word.isEmpty() || word.equals("the")) {
                continue;
            }
            words.add(word.equals("st") || word.equals("ste") ? "saint" : word);
        }
        return joinInitials(words);
    }

    /** The words without filler, sorted: equal for names that differ only in word order. */
    static String sortedKey(List<String> words) {
        var content = words.stream().filter(word -> !FILLER.contains(word)).sorted().toList();
        return String.join(" ", content);
    }

    private static String reorder(String name) {
        var match = INVERTED_PARENS.matcher(name);
        if (match.matches()) {
            return match.group(2) + " " + match.group(1);
        }
        match = INVERTED_COMMA.matcher(name);
        if (match.matches()) {
            return match.group(2) + " " + match.group(1);
        }
        match = TRAILING_THE.matcher(name);
        return match.matches() ? match.group(1) : name;
    }

    /** "u k" → "uk", "u s a" → "usa": dotted initials are one word. */
    private static List<String> joinInitials(List<String> words) {
        if (words.size() < 2 || !words.stream().allMatch(word -> word.length() == 1)) {
            return words;
        }
        return List.of(String.join("", words));
    }

    static List<String> split(String key) {
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }
}
