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
            "(?i)^(?:.*?\\b(?:(?:delivered|read|presented|made)\\s+by|statement\\s+(?:by|of)|letter\\s+(?:by|from)|speech\\s+by)\\s+)?"
                    + "(.*?)\\s*,?(?:^|\\s+)(?:also\\s+)?on behalf of\\s+(?:a\\s+(?:[\\w-]+\\s+){0,2}?(?:group|total)\\s+of\\s+|the\\s+following\\s+)?"
                    + "(more than|over|at least|some)?\\s*(\\d+)\\b.*$");
    /** "Ambassador Simon Manley of the United Kingdom": the speaker is the state. */
    private static final Pattern ENVOY = Pattern.compile(
            "(?i)^(?:h\\.?\\s?e\\.?\\s+)?(?:ambassador|minister|mr|ms|mrs|dr|(?:the\\s+)?(?:deputy\\s+)?(?:permanent\\s+)?representative)\\b.*?\\bof\\s+(.+)$");
    /** "Pakistan on behalf of the OIC": a speaker and those it speaks for, without a count. */
    private static final Pattern SPEAKS_FOR = Pattern.compile("(?i)^(.*?)\\s*,?\\s+(?:also\\s+)?on behalf of\\s+(.+)$");
    /** Words that name a group rather than states: "on behalf of the Nordic-Baltic countries", "of the OIC". */
    private static final Pattern GROUP_WORDS = Pattern.compile(
            "(?i)\\b(?:countries|states|group|members|nations|union|community|movement|organi[sz]ation|cooperation|league|council)\\b|\\b\\p{Lu}{2,}\\b");
    private static final Pattern DATE = Pattern.compile(
            "(?i)^(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2}(?:st|nd|rd|th)?)\\s*,?\\s+\\d{4}$");
    private static final Pattern INTRODUCTION_WORDS = Pattern.compile(
            "(?i)\\b(?:following|on behalf of|states|countries|organi[sz]ations|signatories|signed|wrote|joined|endorsed|supported|co-?sponsors?)\\b|\\d");
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "(?i)^(?:(?:and|as well as|also|plus|of course|with|&|on behalf of|(?:jointly\\s+)?(?:signed|endorsed|supported|co-?sponsored|joined)\\s+by)\\s+)+");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*\u2022\u2023\u25e6\u2043\u2219]|\\(?\\d{1,3}[.)]|\\[\\d{1,3}\\]"
            + "|\\d{1,3}\\s*[-\u2013\u2014]|[ivxlc]{1,5}[.)]|[A-Za-z][.)])\\s+");
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
        // A line that starts with a marker is its legend only when some name carries that marker; else the
        // marker is a bullet ("* Albania") or numbering ("(1) Albania").
        var usedMarkers = usedMarkers(lines);
        boolean started = false;
        for (int number = 1; number <= lines.length; number++) {
            var line = lines[number - 1].strip();
            if (line.isEmpty() || legendLine(line, legend, usedMarkers)) {
                continue;
            }
            // An introduction ("It received support from the following organisations:") ends at its colon; within
            // the list, a line that ends in one is a heading ("Observer States:").
            var colon = ENDS_WITH_COLON.matcher(line);
            if (started && colon.matches() && colon.group(2).isBlank() && isIntroduction(colon.group(1))) {
                continue;
            }
            if (!started) {
                if (colon.matches() && isIntroduction(colon.group(1))) {
                    onBehalfOf = onBehalfOf(colon.group(1), onBehalfOf);
                    line = colon.group(2).strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                }
            }
            line = dropTrailingLegend(line, legend, usedMarkers);
            started = true;
            var pieces = line.split("[,;]");
            boolean open = !line.matches(".*[,;.:]$") && number < lines.length && !lines[number].isBlank();
            for (int p = 0; p < pieces.length; p++) {
                var item = pieces[p].strip();
                item = BULLET.matcher(item).replaceFirst("");
                item = item.replaceAll("[.\\s]+$", "").strip();
                var declared = ON_BEHALF.matcher(item);
                if (declared.matches()) {
                    var speaker = declared.group(1).isBlank() ? lastOnLine(items, number) : speaker(declared.group(1));
                    onBehalfOf = new ParsedList.OnBehalfOf(speaker, Integer.parseInt(declared.group(3)), declared.group(2) != null);
                    item = declared.group(1);
                }
                var speaksFor = SPEAKS_FOR.matcher(item);
                if (speaksFor.matches() && !clean(speaksFor.group(1)).isEmpty() && !speaksFor.group(1).strip().equalsIgnoreCase("also")) {
                    // Those it speaks for are names of the list unless they are a group ("the OIC", "the Nordic countries").
                    item = speaksFor.group(1);
                    if (!GROUP_WORDS.matcher(speaksFor.group(2)).find()) {
                        addItem(items, speaksFor.group(2), number, false);
                    }
                }
                if (!DATE.matcher(item).matches()) {
                    addItem(items, item, number, open && p == pieces.length - 1);
                }
            }
        }
        return new ParsedList(List.copyOf(items), Map.copyOf(legend), onBehalfOf);
    }

    private static void addItem(List<ListItem> items, String piece, int line, boolean open) {
        var parts = splitMarker(piece);
        var item = clean(parts[0]);
        if (!item.isEmpty()) {
            items.add(new ListItem(item, parts[1], line, open));
        }
    }

    /** A name and the footnote marker printed after it ("Estonia¹", "Latvia (2)"), or the name and null. */
    public static String[] splitMarker(String name) {
        var marked = TRAILING_MARKER.matcher(name);
        return marked.matches() ? new String[] {marked.group(1), marked.group(2).replaceAll("[()\\[\\]]", "")}
                : new String[] {name, null};
    }

    /** The markers printed after names anywhere in the text. */
    private static Set<String> usedMarkers(String[] lines) {
        var used = new HashSet<String>();
        for (var line : lines) {
            for (var piece : line.split("[,;]|\\s+(?:and|&)\\s+")) {
                var stripped = piece.strip().replaceAll("[.\\s]+$", "");
                if (BULLET.matcher(stripped).lookingAt() || LEGEND_BY_SYMBOL.matcher(stripped).matches()) {
                    stripped = BULLET.matcher(stripped).replaceFirst("");
                }
                var marker = splitMarker(stripped)[1];
                if (marker != null && !splitMarker(stripped)[0].isBlank()) {
                    used.add(marker);
                }
            }
        }
        return used;
    }

    /** "Canada, on behalf of 3 countries": the name before, on the same line. */
    private static String lastOnLine(List<ListItem> items, int line) {
        return items.isEmpty() || items.getLast().line() != line ? null : items.getLast().text();
    }

    private static String speaker(String text) {
        var speaker = clean(text);
        var envoy = ENVOY.matcher(speaker);
        return speaker.isEmpty() ? null : envoy.matches() ? clean(envoy.group(1)) : speaker;
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
        // Names do not end in a colon; a short phrase without commas before one is an introduction, and so is
        // one that says what follows ("On 8 July 2019, 22 States wrote:"). "CIVICUS: World Alliance …" is a name.
        return !beforeColon.contains(",") || INTRODUCTION_WORDS.matcher(beforeColon).find();
    }

    private static ParsedList.OnBehalfOf onBehalfOf(String introduction, ParsedList.OnBehalfOf known) {
        var declared = ON_BEHALF.matcher(introduction.strip());
        if (!declared.matches()) {
            return known;
        }
        return new ParsedList.OnBehalfOf(speaker(declared.group(1)), Integer.parseInt(declared.group(3)),
                declared.group(2) != null);
    }

    /** A line that only explains a marker; its meaning goes into the legend. */
    private static boolean legendLine(String line, Map<String, String> legend, Set<String> usedMarkers) {
        var symbol = LEGEND_BY_SYMBOL.matcher(line);
        if (symbol.matches() && !line.contains(",") && usedMarkers.contains(symbol.group(1))) {
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
    private static String dropTrailingLegend(String line, Map<String, String> legend, Set<String> usedMarkers) {
        var sentences = line.split("(?<=[.!?])\\s+(?=\\p{Lu}|[*\u2020\u2021#])");
        if (sentences.length < 2) {
            return line;
        }
        var kept = new StringBuilder();
        for (var sentence : sentences) {
            if (!legendLine(sentence.strip(), legend, usedMarkers)) {
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
