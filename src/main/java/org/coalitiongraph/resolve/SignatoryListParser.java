package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes apart a signatory list as a press release prints it: an introduction ending in a colon,
 * names separated by commas, semicolons, new lines or "and", footnote markers after names and
 * their legend ("Organisations followed by an asterisk have ECOSOC consultative status"),
 * "X on behalf of N states", "and of course the United Kingdom". It only cuts text: whether a
 * piece with "and" in it is one name ("Trinidad and Tobago") or two is for the resolver to say,
 * since only the names it knows can tell.
 */
public final class SignatoryListParser {

    private static final Pattern LEGEND_BY_WORD = Pattern.compile(
            "(?i)\\b(double asterisks?|two asterisks|asterisks?|double daggers?|daggers?|hash(?: sign)?|star)\\b");
    private static final Pattern LEGEND_BY_SYMBOL = Pattern.compile(
            "^\\s*\\(?([*\u2020\u2021#\u00b9\u00b2\u00b3]+|\\d)\\)?\\s*(?:=|:|-|\u2013|\u2014)?\\s+(\\p{L}.*)$");
    private static final Pattern MEANING = Pattern.compile(
            "(?i)\\b(?:have|has|hold|holds|are|is|indicates?|denotes?|marks?|means?)\\s+(?:an?\\s+|the\\s+)?(.+?)\\.?$");
    private static final Pattern TRAILING_MARKER = Pattern.compile("^(.*?)\\s*(\\(?[*\u2020\u2021#\u00b9\u00b2\u00b3]+\\)?|\\(\\d\\)|\\[\\d\\])$");
    private static final Pattern ON_BEHALF = Pattern.compile(
            "(?i)^(?:.*?\\b(?:delivered|read|presented|made)\\s+by\\s+)?(.*?)\\s*,?\\s+(?:also\\s+)?on behalf of\\s+"
                    + "(?:a\\s+(?:group|total)\\s+of\\s+|the\\s+following\\s+)?(more than|over|at least|some)?\\s*(\\d+)\\b.*$");
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "(?i)^(?:(?:and|as well as|also|plus|of course|with|&)\\s+)+");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-\u2022\u2023\u25e6\u2043\u2219]|\\d{1,3}[.)]|[a-z][.)])\\s+");
    /** A digit in parentheses or brackets after a name, as a footnote marker: "Estonia (1)", "Latvia[2]". */
    private static final Pattern DIGIT_MARKER = Pattern.compile("\\S\\h*[(\\[](\\d)[)\\]]");
    /** "1) Pakistan": a numbered name, not a footnote, unless some name carries the marker (1). */
    private static final Pattern NUMBERED = Pattern.compile("^\\d\\)\\s.*");
    private static final Pattern ENDS_WITH_COLON = Pattern.compile("^(.*?):\\s*(.*)$", Pattern.DOTALL);

    private SignatoryListParser() {
    }

    public static ParsedList parse(String text) {
        var legend = new LinkedHashMap<String, String>();
        ParsedList.OnBehalfOf onBehalfOf = null;
        var items = new ArrayList<ListItem>();
        // Pages copied from the web carry no-break and other odd spaces that strip() leaves alone.
        var lines = (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\u00a0\\u2007\\u202f\\u2000-\\u200b\\t]", " ").split("\n", -1);
        // "1) Pakistan" is a numbered name unless some name carries the footnote marker (1).
        var digitMarkers = new HashSet<String>();
        var digits = DIGIT_MARKER.matcher(String.join("\n", lines));
        while (digits.find()) {
            digitMarkers.add(digits.group(1));
        }
        boolean started = false;
        for (int number = 1; number <= lines.length; number++) {
            var line = lines[number - 1].strip();
            if (line.isEmpty() || legendLine(line, legend, digitMarkers)) {
                continue;
            }
            // An introduction ("It received support from the following organisations:") ends at its colon.
            if (!started) {
                var colon = ENDS_WITH_COLON.matcher(line);
                if (colon.matches() && isIntroduction(colon.group(1))) {
                    onBehalfOf = onBehalfOf(colon.group(1), onBehalfOf);
                    line = colon.group(2).strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                }
            }
            line = dropTrailingLegend(line, legend, digitMarkers);
            started = true;
            for (var piece : line.split("[,;]")) {
                var item = piece.strip();
                item = BULLET.matcher(item).replaceFirst("");
                item = item.replaceAll("[.\\s]+$", "").strip();
                var declared = ON_BEHALF.matcher(item);
                if (declared.matches() && !declared.group(1).isBlank()) {
                    onBehalfOf = new ParsedList.OnBehalfOf(clean(declared.group(1)), Integer.parseInt(declared.group(3)),
                            declared.group(2) != null);
                    item = declared.group(1);
                }
                String marker = null;
                var marked = TRAILING_MARKER.matcher(item);
                if (marked.matches()) {
                    item = marked.group(1);
                    marker = marked.group(2).replaceAll("[()\\[\\]]", "");
                }
                item = clean(item);
                if (!item.isEmpty()) {
                    items.add(new ListItem(item, marker, number));
                }
            }
        }
        return new ParsedList(List.copyOf(items), Map.copyOf(legend), onBehalfOf);
    }

    /** Drops "and", "of course", bullets and stray punctuation around a name. */
    public static String clean(String name) {
        var text = name.strip().replaceAll("^[\"'\u201c\u2018]+|[\"'\u201d\u2019]+$", "").strip();
        if (text.endsWith(")") && text.indexOf('(') < 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.startsWith("(") && text.indexOf(')') < 0) {
            text = text.substring(1).strip();
        }
        return LEADING_FILLER.matcher(text).replaceFirst("").strip();
    }

    private static boolean isIntroduction(String beforeColon) {
        // Names do not end in a colon; a short phrase without commas before one is an introduction.
        return !beforeColon.contains(",") || beforeColon.toLowerCase(Locale.ROOT).contains("following")
                || beforeColon.toLowerCase(Locale.ROOT).contains("on behalf of");
    }

    private static ParsedList.OnBehalfOf onBehalfOf(String introduction, ParsedList.OnBehalfOf known) {
        var declared = ON_BEHALF.matcher(introduction.strip());
        if (!declared.matches()) {
            return known;
        }
        var speaker = clean(declared.group(1));
        return new ParsedList.OnBehalfOf(speaker.isEmpty() ? null : speaker, Integer.parseInt(declared.group(3)),
                declared.group(2) != null);
    }

    /** A line that only explains a marker; its meaning goes into the legend. */
    private static boolean legendLine(String line, Map<String, String> legend, Set<String> digitMarkers) {
        var symbol = LEGEND_BY_SYMBOL.matcher(line);
        if (symbol.matches() && !line.contains(",")
                && (!NUMBERED.matcher(line).matches() || digitMarkers.contains(symbol.group(1)))) {
            legend.put(symbol.group(1), symbol.group(2).replaceAll("\\.$", "").strip());
            return true;
        }
        var word = LEGEND_BY_WORD.matcher(line);
        if (word.find() && isLegendSentence(line)) {
            legend.put(markerOf(word.group(1)), meaning(line));
            return true;
        }
        return false;
    }

    /** A legend printed at the end of the list's own line: "…, World Uyghur Congress. * ECOSOC status". */
    private static String dropTrailingLegend(String line, Map<String, String> legend, Set<String> digitMarkers) {
        var sentences = line.split("(?<=[.!?])\\s+(?=\\p{Lu}|[*\u2020\u2021#])");
        if (sentences.length < 2) {
            return line;
        }
        var kept = new StringBuilder();
        for (var sentence : sentences) {
            if (!legendLine(sentence.strip(), legend, digitMarkers)) {
                kept.append(kept.isEmpty() ? "" : " ").append(sentence);
            }
        }
        return kept.toString();
    }

    private static boolean isLegendSentence(String line) {
        var lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("followed by") || lower.contains("marked") || lower.contains("indicate")
                || lower.contains("denote") || lower.contains("with an") || lower.contains("signifies")
                || lower.contains("means");
    }

    private static String markerOf(String word) {
        var lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith("double asterisk") || lower.startsWith("two asterisks")) {
            return "**";
        }
        if (lower.startsWith("double dagger")) {
            return "\u2021";
        }
        if (lower.startsWith("dagger")) {
            return "\u2020";
        }
        if (lower.startsWith("hash")) {
            return "#";
        }
        return "*";
    }

    private static String meaning(String sentence) {
        Matcher meaning = MEANING.matcher(sentence.strip());
        return meaning.find() ? meaning.group(1).strip() : sentence.strip().replaceAll("\\.$", "");
    }
}
