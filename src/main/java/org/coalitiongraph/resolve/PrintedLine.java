package org.coalitiongraph.resolve;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a printed list brought to the commas and semicolons the parser reads: the other ways
 * lists separate names (tabs, middle dots, bars, numbering carried on in a second column), UN
 * documents' ": draft resolution" after the sponsors and "Albania,*",
 * counts written in words, and a group's members in parentheses after "on behalf of".
 */
final class PrintedLine {

    /** The sponsors of a UN draft end in ": draft resolution" and the title after it. */
    private static final Pattern DRAFT = Pattern.compile("(?i)\\s*:\\s*(?:revised\\s+)?draft\\s+(?:resolution|decision)\\b.*$");
    /** UN documents print a sponsor's asterisk after its comma: "Albania,* Andorra,*"; superscripts too ("Albania,¹"). */
    private static final Pattern MARKER_AFTER_COMMA = Pattern.compile(",\\s*([*\u2020\u2021\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)(?=[\\s,;]|$)");
    /** A tab between names, not after a bullet or number ("1.\tAlbania"). */
    private static final Pattern TAB = Pattern.compile("(?<!^\\s{0,8}(?:\\(?\\d{1,3}[.)]|[-*\u2022o]))\\t+");
    /** " · ", " | ", " • " between names; not " / ", which also joins a name to its other name or language. */
    private static final Pattern OTHER_SEPARATOR = Pattern.compile("\\s+[\u00b7|\u2022]\\s+");
    /**
     * "1. Albania 23. Lithuania": a numbered list copied from two columns, or run together ("… Cyprus 9.Czech Republic",
     * "… ARTICLE 19 3. Amnesty International").
     */
    private static final Pattern SECOND_COLUMN = Pattern.compile("(?<=[\\p{L}\\d][*\u2020\u2021)]?)\\s+\\d{1,3}\\.\\s*(?=\\p{Lu})");
    /** "on behalf of CANZ (Canada, Australia and New Zealand)": the members are the names. */
    private static final Pattern GROUP_WITH_MEMBERS = Pattern.compile("(?i)(on behalf of\\s+)((?:the\\s+)?[^(),;]+?)\\s*\\(([^()]*,[^()]*)\\)");
    /** "on behalf of Canada, Australia and New Zealand (CANZ)": the group's acronym after its members. */
    private static final Pattern ACRONYM_AT_END = Pattern.compile("\\s*\\(\\p{Lu}{2,8}\\)\\s*[.;,]?$");
    private static final Pattern COUNT_IN_WORDS = Pattern.compile("(?i)(on behalf of\\s+(?:(?:more than|over|at least|some|a total of"
            + "|a (?:[\\w-]+\\s+){0,2}?group of)\\s+)?)(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|two|three|four|five|six|seven|eight|nine)"
            + "(?:[-\\s](one|two|three|four|five|six|seven|eight|nine))?\\b"
            + "(?=\\s+(?:[\\w-]+\\s+){0,2}?(?:countries|states|governments|delegations|members|organi[sz]ations|ngos)\\b)");
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60,
            "seventy", 70, "eighty", 80, "ninety", 90);

    private PrintedLine() {
    }

    /** The line with its names separated by commas or semicolons only. */
    static String normalise(String line) {
        var text = TAB.matcher(line).replaceAll("; ");
        text = OTHER_SEPARATOR.matcher(text).replaceAll("; ");
        text = SECOND_COLUMN.matcher(text).replaceAll("; ");
        text = DRAFT.matcher(text).replaceFirst("");
        text = markersBeforeCommas(text);
        text = COUNT_IN_WORDS.matcher(text).replaceAll(PrintedLine::inDigits);
        if (text.toLowerCase().contains("on behalf of")) {
            // "on behalf of CANZ (Canada, Australia and New Zealand)", "the Troika (United Kingdom, United States and
            // Norway)"; not "on behalf of Australia (host, main sponsor)".
            text = GROUP_WITH_MEMBERS.matcher(text).replaceAll(group -> Matcher.quoteReplacement(
                    SpokenFor.namesAGroup(group.group(2)) || namesOnly(group.group(3)) ? group.group(1) + group.group(3) : group.group()));
            text = ACRONYM_AT_END.matcher(text).replaceFirst("");
        }
        return text;
    }

    /** "Albania,* Andorra,*" as "Albania*, Andorra*,": the marker beside the name it belongs to. */
    static String markersBeforeCommas(String line) {
        return MARKER_AFTER_COMMA.matcher(line).replaceAll("$1,");
    }

    /** Whether every part of a list in parentheses starts with a capital, as names do and notes do not. */
    private static boolean namesOnly(String list) {
        return Arrays.stream(list.split(",|\\s+and\\s+")).map(String::strip).allMatch(part -> !part.isEmpty()
                && Character.isUpperCase(part.charAt(0)));
    }

    private static String inDigits(MatchResult count) {
        var first = count.group(2).toLowerCase();
        int value = TENS.containsKey(first) ? TENS.get(first) : UNITS.indexOf(first);
        if (count.group(3) != null) {
            if (!TENS.containsKey(first)) {
                return Matcher.quoteReplacement(count.group());
            }
            value += UNITS.indexOf(count.group(3).toLowerCase());
        }
        return Matcher.quoteReplacement(count.group(1) + value);
    }
}
