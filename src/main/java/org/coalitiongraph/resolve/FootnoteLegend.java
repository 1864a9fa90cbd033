package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The footnote markers of a printed list and their legend: which lines explain a marker ("* ECOSOC
 * consultative status", "Organisations followed by an asterisk have …", "(1) Chair of the group")
 * rather than being names with a bullet or a number, and what each marker means.
 */
final class FootnoteLegend {

    private static final Pattern LEGEND_BY_WORD = Pattern.compile(
            "(?i)\\b(double asterisks?|two asterisks|asterisks?|double daggers?|daggers?|hash(?: sign)?|star)\\b");
    private static final Pattern LEGEND_BY_SYMBOL = Pattern.compile(
            "^\\s*[(\\[]?([*\u2020\u2021#\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|\\d)[)\\]]?\\s*(?:=|:|-|\u2013|\u2014)?\\s+(\\p{L}.*)$");
    private static final Pattern MEANING = Pattern.compile(
            "(?i)\\b(?:have|has|hold|holds|are|is|indicates?|denotes?|marks?|means?)\\s+(?:an?\\s+|the\\s+)?(.+?)\\.?$");
    private static final Pattern TRAILING_MARKER = Pattern.compile(
            "^(.*?)\\s*(\\(?[*\u2020\u2021#\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+\\)?|\\(\\d{1,2}\\)|\\[\\d{1,3}\\]|\\[[a-z]\\]|\\([a-z]\\))$");

    /** Symbols (not numbers) a line may explain. */
    private final Set<String> symbols;
    /** Lines (from 1) that explain a number. */
    private final Set<Integer> numberedLines;
    private final Map<String, String> meanings = new LinkedHashMap<>();

    private FootnoteLegend(Set<String> symbols, Set<Integer> numberedLines) {
        this.symbols = symbols;
        this.numberedLines = numberedLines;
    }

    /**
     * A line that starts with a marker is its legend only when some name carries that marker; else the
     * marker is a bullet ("* Albania") or numbering ("(1) Albania").
     */
    static FootnoteLegend of(String[] lines) {
        var carried = carried(lines);
        return new FootnoteLegend(symbols(lines, carried), numberedLines(lines, carried));
    }

    /** Whether the line (number {@code number}, from 1) only explains a marker; its meaning is kept. */
    boolean explains(String line, int number) {
        return legendLine(line, numberedLines.contains(number));
    }

    /** Each marker with what it means. */
    Map<String, String> meanings() {
        return Map.copyOf(meanings);
    }

    /** A name and the footnote marker printed after it ("Estonia¹", "Latvia (2)"), or the name and null. */
    static String[] splitMarker(String name) {
        if (name.length() > NameIndex.LONGEST_NAME) {
            // No name is that long, and the pattern's lazy start takes time as the square of the text's length.
            return new String[] {name, null};
        }
        var marked = TRAILING_MARKER.matcher(name);
        return marked.matches() ? new String[] {marked.group(1), marked.group(2).replaceAll("[()\\[\\]]", "")}
                : new String[] {name, null};
    }

    /**
     * The symbols a line may explain: printed after some name, and starting no more than one line ("*
     * Albania" on every line is a bullet). Numbers are decided line by line ({@link #numberedLines}).
     */
    private static Set<String> symbols(String[] lines, Set<String> used) {
        var starting = new HashMap<String, Integer>();
        for (var line : lines) {
            var symbol = LEGEND_BY_SYMBOL.matcher(line.strip());
            if (symbol.matches()) {
                starting.merge(symbol.group(1), 1, Integer::sum);
            }
        }
        var legend = new HashSet<String>();
        for (var marker : used) {
            if (!Character.isDigit(marker.charAt(0)) && starting.getOrDefault(marker, 0) <= 1) {
                legend.add(marker);
            }
        }
        return legend;
    }

    /**
     * The lines (from 1) that explain a number some name carries, "(1) Chair of the group": after the
     * numbering of the list starts again at a lower number, or, without numbered names, as many lines as
     * numbers are carried. "(1) Albania … (23) United States" is numbering.
     */
    private static Set<Integer> numberedLines(String[] lines, Set<String> used) {
        var numbered = new ArrayList<int[]>();
        for (int i = 0; i < lines.length; i++) {
            var symbol = LEGEND_BY_SYMBOL.matcher(lines[i].strip());
            if (symbol.matches() && Character.isDigit(symbol.group(1).charAt(0))) {
                numbered.add(new int[] {i + 1, Integer.parseInt(symbol.group(1))});
            }
        }
        int restart = -1;
        for (int k = 1; k < numbered.size(); k++) {
            if (numbered.get(k)[1] <= numbered.get(k - 1)[1]) {
                restart = k;
            }
        }
        long numbers = used.stream().filter(marker -> Character.isDigit(marker.charAt(0))).count();
        var explaining = restart >= 0 ? numbered.subList(restart, numbered.size())
                : numbered.size() <= numbers ? numbered : List.<int[]>of();
        var lineNumbers = new HashSet<Integer>();
        explaining.stream().filter(line -> used.contains(String.valueOf(line[1]))).forEach(line -> lineNumbers.add(line[0]));
        return lineNumbers;
    }

    /** The markers printed after names anywhere in the text. */
    private static Set<String> carried(String[] lines) {
        var used = new HashSet<String>();
        for (var line : lines) {
            for (var piece : PrintedLine.markersBeforeCommas(line).split("[,;]|(?<!\\s)\\s+(?:and|&)\\s+")) {
                if (piece.length() > NameIndex.LONGEST_NAME) {
                    continue;
                }
                var stripped = piece.strip().replaceAll("[.\\s]+$", "");
                if (SignatoryListParser.BULLET.matcher(stripped).lookingAt() || LEGEND_BY_SYMBOL.matcher(stripped).matches()) {
                    stripped = SignatoryListParser.BULLET.matcher(stripped).replaceFirst("");
                }
                var marker = splitMarker(stripped)[1];
                if (marker != null && !splitMarker(stripped)[0].isBlank()) {
                    used.add(marker);
                }
            }
        }
        return used;
    }

    /** A line that only explains a marker; its meaning goes into the legend. */
    private boolean legendLine(String line, boolean numbered) {
        var symbol = LEGEND_BY_SYMBOL.matcher(line);
        if (symbol.matches() && !line.contains(",")
                && (Character.isDigit(symbol.group(1).charAt(0)) ? numbered : symbols.contains(symbol.group(1)))) {
            meanings.put(symbol.group(1), symbol.group(2).replaceAll("\\.$", "").strip());
            return true;
        }
        var word = LEGEND_BY_WORD.matcher(line);
        if (word.find() && isLegendSentence(line)) {
            meanings.put(markerOf(word.group(1)), meaning(line));
            return true;
        }
        return false;
    }

    /** A legend printed at the end of the list's own line: "…, World Uyghur Congress. * ECOSOC status". */
    String dropTrailing(String line) {
        var sentences = line.split("(?<=[.!?])\\s+(?=\\p{Lu}|[*\u2020\u2021#])");
        if (sentences.length < 2) {
            return line;
        }
        var kept = new StringBuilder();
        for (var sentence : sentences) {
            if (!legendLine(sentence.strip(), false)) {
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
