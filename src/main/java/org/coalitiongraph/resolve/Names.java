package org.coalitiongraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a name as people write it into a key that equal names share: case, accents, punctuation,
 * "&", the abbreviations of country lists ("St.", "Rep.", "Dem.", "Is."), a "the" anywhere, dotted
 * initials ("U.K.") and the inverted orders of lists and UN terminology ("Korea, Republic of",
 * "Iran (Islamic Republic of)") all fall away.
 */
public final class Names {

    /** Words that say nothing about which country or body is meant, alone. */
    static final Set<String> FILLER = Set.of("of", "and", "the");

    /**
     * Words lists shorten ("Congo, Dem. Rep.", "Solomon Is.", "St. Lucia", "Int'l"), each with one
     * meaning in the names of states and organisations. Not "Fed.": federal, federated or federation.
     */
    private static final Map<String, String> ABBREVIATIONS = Map.of("st", "saint", "ste", "saint", "rep", "republic",
            "dem", "democratic", "is", "islands", "isl", "islands", "isls", "islands", "intl", "international");

    private static final Pattern INVERTED_COMMA = Pattern.compile("^(.+?)\\s*,\\s*(.+\\bof(?:\\s+the)?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INVERTED_PARENS = Pattern.compile("^(.+?)\\s*\\(\\s*(.+\\bof(?:\\s+the)?)\\s*\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_THE = Pattern.compile("^(.+?)\\s*,\\s*the\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)\\s*");
    private static final Map<String, String> COMPASS = Map.of("n", "north", "s", "south", "e", "east", "w", "west");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CUT_WORD = Pattern.compile("(?<![\\p{L}.])(\\p{L}{2,5})\\.");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02bc\u00b4\u2032`]");

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

    /** The words inside a name's parentheses ("Congo (Dem. Rep.)" → democratic, republic); empty when it has none. */
    public static List<String> inParentheses(String name) {
        if (name == null || name.indexOf('(') < 0) {
            return List.of();
        }
        var inside = new ArrayList<String>();
        var parts = PARENTHESES.matcher(name);
        while (parts.find()) {
            var part = parts.group().strip();
            inside.addAll(words(part.substring(1, part.length() - 1)));
        }
        return inside;
    }

    /**
     * The words a name writes cut short with a period ("Eq. Guinea", "Bosnia and Herz."), as in its key;
     * not the abbreviations every list uses ("St.", "Rep.") nor a lone initial.
     */
    static Set<String> cutWords(String name) {
        var cut = new HashSet<String>();
        var matcher = CUT_WORD.matcher(name == null ? "" : name);
        while (matcher.find()) {
            var written = matcher.group(1).toLowerCase(Locale.ROOT);
            if (!ABBREVIATIONS.containsKey(written)) {
                cut.addAll(words(written));
            }
        }
        return cut;
    }

    /** The words of {@link #key}, in order. */
    public static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        var text = name.strip();
        // The inverted forms are rare; the regular expressions run only where they can match, and on a name's length
        // (their lazy and greedy parts take time as the square of the text's length).
        if ((text.indexOf(',') >= 0 || text.indexOf('(') >= 0) && text.length() <= NameIndex.LONGEST_NAME) {
            text = reorder(text);
        }
        if (!isAscii(text)) {
            // Apostrophes first: decomposed, an acute accent used as one ("People´s") would leave a space.
            text = APOSTROPHES.matcher(text).replaceAll("'");
            text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").replace("ß", "ss");
        }
        var words = new ArrayList<String>(6);
        var word = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!isApostrophe(c)) {
                flush(word, words);
                if (c == '&') {
                    words.add("and");
                }
            }
        }
        flush(word, words);
        // "S. Sudan", "E. Germany", "N. Korea": a lone initial before a name is a point of the compass.
        if (words.size() > 1 && words.get(0).length() == 1 && words.get(1).length() > 1) {
            var compass = COMPASS.get(words.get(0));
            if (compass != null) {
                words.set(0, compass);
            }
        }
        return joinInitials(words);
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.isEmpty()) {
            return;
        }
        var text = word.toString();
        word.setLength(0);
        if (!text.equals("the")) {
            words.add(ABBREVIATIONS.getOrDefault(text, text));
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u02bc' || c == '`' || c == '\u00b4';
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
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

    /** "u k" → "uk", "d p r korea" → "dpr korea": a run of dotted initials is one word. */
    private static List<String> joinInitials(List<String> words) {
        if (words.size() < 2 || words.stream().noneMatch(word -> word.length() == 1)) {
            return words;
        }
        var joined = new ArrayList<String>(words.size());
        for (int i = 0; i < words.size(); ) {
            int end = i;
            while (end < words.size() && words.get(end).length() == 1) {
                end++;
            }
            if (end - i >= 2) {
                joined.add(String.join("", words.subList(i, end)));
                i = end;
            } else {
                joined.add(words.get(i));
                i++;
            }
        }
        return joined;
    }

    static List<String> split(String key) {
        return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
    }
}
