package org.coalitiongraph.resolve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list as a web page, a PDF or a Markdown file hands it over when copied, brought back to the text
 * it prints: HTML tags and entities, Markdown links, emphasis and table rules, ligatures, and
 * characters that print nothing (soft hyphens, zero-width spaces) or print as a space.
 */
final class PastedText {

    /** A soft hyphen where a PDF broke the line: printed as a hyphen there ("Esto- / nia"). */
    private static final Pattern SOFT_HYPHEN_AT_BREAK = Pattern.compile("\\u00ad[ \\t]*\\n");
    /** Soft hyphens and zero-width characters: "Liech\u00adten\u00adstein" is Liechtenstein. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00ad\\u200b-\\u200d\\u2060\\ufeff]");
    /** No-break and other spaces that strip() leaves alone; form feeds and carriage returns (runs of them are one space). */
    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00a0\\u2007\\u202f\\u2000-\\u200a\\f\\u000b\\r]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    /** Three spaces or more between two words of a line: the gap between a PDF's columns. */
    private static final Pattern COLUMN_GAP = Pattern.compile("(?<=\\S) {3,}(?=\\S)");
    private static final Map<String, String> LIGATURES = Map.of("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi",
            "\ufb04", "ffl");
    private static final Pattern LIGATURE = Pattern.compile("[\\ufb00-\\ufb04]");
    /** The tags of pages' lists and tables; other text in angle brackets is left as it is. */
    private static final String TAG_NAMES = "a|abbr|b|br|div|em|font|h[1-6]|i|li|ol|p|section|small|span|strong|sub|table|tbody|td|th"
            + "|thead|tr|u|ul";
    private static final Pattern FOOTNOTE_TAG = Pattern.compile("(?i)<sup\\b[^<>]*>\\s*([^<>\\s]{1,3})\\s*</sup>");
    private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)<br\\s*/?>|</(?:li|p|div|tr|h[1-6]|ul|ol|table)\\s*>");
    private static final Pattern TAG = Pattern.compile("(?i)</?(?:" + TAG_NAMES + ")\\b[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,6})|#[xX]([0-9a-fA-F]{1,5})|([a-zA-Z]{2,7}));");
    /** "&ocirc;", "&atilde;": a letter and its accent. */
    private static final Pattern ACCENTED = Pattern.compile("([a-zA-Z])(acute|grave|circ|tilde|uml|cedil|ring)");
    private static final Map<String, String> ACCENTS = Map.of("acute", "\u0301", "grave", "\u0300", "circ", "\u0302", "tilde", "\u0303",
            "uml", "\u0308", "cedil", "\u0327", "ring", "\u030a");
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("nbsp", " "),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"), Map.entry("rdquo", "\u201d"),
            Map.entry("ldquo", "\u201c"), Map.entry("hellip", "\u2026"), Map.entry("shy", "\u00ad"), Map.entry("bull", "\u2022"),
            Map.entry("middot", "\u00b7"));
    /** A byte from 0x80 to 0xBF read as Windows-1252: what follows a UTF-8 sequence's first byte. */
    private static final String CONTINUATION = "[\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc"
            + "\\u2013\\u2014\\u2018-\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122]";
    /** A UTF-8 sequence read as Windows-1252: "Ã´" for "ô", "â€™" for "’" (Latin letters and punctuation only). */
    private static final Pattern MOJIBAKE = Pattern.compile("[\\u00c2-\\u00c5]" + CONTINUATION + "|\\u00e2" + CONTINUATION + "{2}");
    /**
     * The sequences only mojibake writes ("Ã©", "â€™"), which the text must show before any is read back: "PERÚ¹", "Panamá",
     * "Liberté »" are right as they are.
     */
    private static final Pattern MOJIBAKE_SEEN = Pattern.compile("\\u00c3[\\u0080-\\u00bf\\u2018-\\u201e\\u2020-\\u2022\\u2026\\u0161\\u0160\\u0178]"
            + "|\\u00e2\\u20ac");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** "## Signatories": a Markdown heading; not a table's "#" column ("#\\tOrganisation"). */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^ {0,3}#{1,6} +(\\S[^\\n]*)$");
    /** A Markdown heading that heads a list ("### Sign-on tracker"), not an organisation's card ("### Human Rights Watch"). */
    private static final Pattern LIST_WORDS = Pattern.compile("(?i)\\b(?:sign-?on|signator|signed|endorse|support|co-?sponsor|tracker|list"
            + "|organi[sz]ations|governments|states|countries)");
    /** "[Amnesty International](https://…)": the link's text. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\[\\]]+)\\]\\((?:https?://|www\\.|/)[^()\\s]*\\)");
    /**
     * "**Signatories:**", "*Governments*", "_Asian Forum for …_"; not the asterisks of "Albania**, Andorra**", "Fiji(**), …,
     * Thailand(**)", a barcode's "*2108912*", nor a name's underscores.
     */
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}*_\\\\])(\\*\\*|__|\\*|_)(?=\\p{L})([^*_\\n]{1,300}?)(?<=[\\p{L}\\p{N}.:)])\\1(?![\\p{L}\\p{N}*_])");
    /** "|---|:--|": the rule under a Markdown table's header. */
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^(?=[^\\n]*\\|)(?=[^\\n]*---)[|:\\- \\t]+(?:\\n|$)");
    /** "| Canada | Yes |": a Markdown table's row, its cells then separated by tabs. */
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^[ \\t]*\\|(.*)\\|[ \\t]*$");

    private PastedText() {
    }

    static String of(String text) {
        var plain = repaired((text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n'));
        if (plain.indexOf('<') >= 0) {
            plain = FOOTNOTE_TAG.matcher(plain).replaceAll(sup -> Matcher.quoteReplacement("(" + sup.group(1) + ")"));
            plain = CELL_END.matcher(plain).replaceAll("\t");
            plain = BLOCK_END.matcher(plain).replaceAll("\n");
            plain = TAG.matcher(plain).replaceAll("");
        }
        if (plain.indexOf('&') >= 0) {
            plain = ENTITY.matcher(plain).replaceAll(entity -> Matcher.quoteReplacement(decoded(entity)));
        }
        if (plain.indexOf('|') >= 0) {
            plain = TABLE_RULE.matcher(plain).replaceAll("");
            plain = TABLE_ROW.matcher(plain).replaceAll(row -> Matcher.quoteReplacement(cells(row.group(1))));
        }
        if (plain.indexOf('#') >= 0) {
            plain = MARKDOWN_HEADING.matcher(plain).replaceAll(heading -> Matcher.quoteReplacement(markdownHeading(heading.group(1))));
        }
        plain = MARKDOWN_LINK.matcher(plain).replaceAll("$1");
        plain = MARKDOWN_EMPHASIS.matcher(plain).replaceAll("$2");
        plain = LIGATURE.matcher(plain).replaceAll(ligature -> LIGATURES.get(ligature.group()));
        plain = SOFT_HYPHEN_AT_BREAK.matcher(plain).replaceAll("-\n");
        plain = INVISIBLE.matcher(plain).replaceAll("");
        plain = ODD_SPACE.matcher(plain).replaceAll(" ");
        return SPACES.matcher(columns(plain)).replaceAll(" ");
    }

    /**
     * A list's heading as a line ending in a colon, which heads the names below it ("### Sign-on tracker (updated 12 May)");
     * any other heading without its marks, as a line of its own ("### Human Rights Watch" over its signer).
     */
    private static String markdownHeading(String text) {
        var heading = text.replaceAll("[\\s:]+$", "");
        boolean headsAList = heading.length() <= 120 && (LIST_WORDS.matcher(heading).find() || ListFrame.isHeading(heading)
                || ListFrame.headsIndividuals(heading) || ListFrame.isRegionHeading(heading));
        return headsAList ? heading + ":" : text;
    }

    /**
     * "Amnesty International&nbsp;&nbsp;&nbsp;&nbsp;Human Rights Watch": a PDF's two columns copied row by row keep the gap
     * between them as a run of spaces. Where two lines or more have such a gap inside them, it separates names, as a tab
     * does; one line alone may be a name spaced out by justified text.
     */
    private static String columns(String text) {
        int linesWithGaps = 0;
        for (var line : text.split("\n", -1)) {
            if (line.contains("   ") && COLUMN_GAP.matcher(line).find() && ++linesWithGaps == 2) {
                return COLUMN_GAP.matcher(text).replaceAll("\t");
            }
        }
        return text;
    }

    /**
     * "CÃ´te dâ€™Ivoire" as "Côte d’Ivoire": characters encoded in UTF-8 and read as Windows-1252, as some exports and
     * mail clients deliver them, each sequence on its own (a line may mix them with characters read right).
     */
    private static String repaired(String text) {
        if (!MOJIBAKE_SEEN.matcher(text).find()) {
            return text;
        }
        return MOJIBAKE.matcher(text).replaceAll(sequence -> {
            try {
                return Matcher.quoteReplacement(StandardCharsets.UTF_8.newDecoder()
                        .decode(ByteBuffer.wrap(sequence.group().getBytes(WINDOWS_1252))).toString());
            } catch (CharacterCodingException e) {
                return Matcher.quoteReplacement(sequence.group());
            }
        });
    }

    /** "| Iceland | |" as "Iceland\t": the cells between the bars, an empty last one kept as its tab. */
    private static String cells(String row) {
        var cells = row.split("\\|", -1);
        var joined = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            joined.append(i == 0 ? "" : "\t").append(cells[i].strip());
        }
        return joined.toString();
    }

    private static String decoded(MatchResult entity) {
        if (entity.group(3) != null) {
            var accented = ACCENTED.matcher(entity.group(3));
            if (accented.matches()) {
                return Normalizer.normalize(accented.group(1) + ACCENTS.get(accented.group(2)), Normalizer.Form.NFC);
            }
            return NAMED_ENTITIES.getOrDefault(entity.group(3).toLowerCase(), entity.group());
        }
        int code = entity.group(1) != null ? Integer.parseInt(entity.group(1)) : Integer.parseInt(entity.group(2), 16);
        return Character.isValidCodePoint(code) && code != 0 ? Character.toString(code) : entity.group();
    }
}
