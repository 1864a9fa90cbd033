package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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

    private static final Pattern ON_BEHALF = Pattern.compile(
            "(?i)^(?:.*?\\b(?:(?:delivered|read|presented|made)\\s+by|statement\\s+(?:by|of)|letter\\s+(?:by|from)|speech\\s+by)\\s+)?"
                    + "(.*?)\\s*,?(?:^|\\s+)(?:also\\s+)?on behalf of\\s+(?:a\\s+(?:[\\w-]+\\s+){0,2}?(?:group|total)\\s+of\\s+|the\\s+following\\s+)?"
                    + "(more than|over|at least|some)?\\s*(\\d+)\\b(?:.*?\\s(?:and|as well as|plus|together with)\\s+(.+)|.*)$");
    /** "Ambassador Simon Manley of the United Kingdom": the speaker is the state. */
    private static final Pattern ENVOY = Pattern.compile(
            "(?i)^(?:h\\.?\\s?e\\.?\\s+)?(?:ambassador|minister|mr|ms|mrs|dr|(?:the\\s+)?(?:deputy\\s+)?(?:permanent\\s+)?representative"
                    + "|(?:the\\s+)?(?:head\\s+of\\s+)?delegation)\\b.*?\\bof\\s+(?!delegation\\b)(.+)$");
    /** "Pakistan on behalf of the OIC": a speaker and those it speaks for, without a count. */
    private static final Pattern SPEAKS_FOR = Pattern.compile("(?i)^(.*?)\\s*,?\\s+(?:also\\s+)?on behalf of\\s+(.+)$");
    /** Nouns that name a group rather than states: "on behalf of the Nordic-Baltic countries", not "the United States". */
    private static final Pattern GROUP_NOUNS = Pattern.compile(
            "(?i:\\b(?:countries|(?<!united\\s)(?<!federated\\s)states|group|members|nations|union|community|movement|organi[sz]ation|cooperation|league|council"
                    + "|others|observers|territories)\\b)");
    /** Words that name a group rather than states: "on behalf of the Nordic-Baltic countries", "of the OIC". */
    private static final Pattern GROUP_WORDS = Pattern.compile(GROUP_NOUNS.pattern() + "|\\b\\p{Lu}{2,}\\b");
    private static final Pattern DATE = Pattern.compile(
            "(?i)^(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2}(?:st|nd|rd|th)?)\\s*,?\\s+\\d{4}$");
    private static final Pattern US_DATE = Pattern.compile(
            "(?i)\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s*\\d{4}\\b");
    /** A line that only says what follows, without a colon: "Signatories", "The undersigned organisations". */
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:undersigned|endorsing|supporting|original|signatory|member|observer)?\\s*(?:organi[sz]ations|signatories"
                    + "|states|countries|members|co-?sponsors|supporters|endorsers|participants|list of signatories)$");
    /** "X (also on behalf of Y and Z)". */
    private static final Pattern SPEAKS_FOR_IN_PARENTHESES = Pattern.compile("(?i)^(.*?)\\s*\\(\\s*((?:also\\s+)?on behalf of\\s+[^)]*)\\)\\s*$");
    /** A piece that only says whom the name before it speaks for: ", on behalf of the OIC", ", also on behalf of Belgium". */
    private static final Pattern FOR_WHOM = Pattern.compile("(?i)^(?:also\\s+)?on behalf of\\s+(.+)$");
    /** Lower-case words that names have too: "World Alliance for Citizen Participation". */
    private static final Set<String> LINKING = Set.of("of", "and", "the", "for", "on", "in", "de", "des", "du", "la", "le", "et", "y", "e.V.");
    private static final Pattern INTRODUCTION_WORDS = Pattern.compile(
            "(?i)\\b(?:following|on behalf of|states|countries|organi[sz]ations|signatories|signed|wrote|joined|endorsed|supported"
                    + "|co-?sponsors?|members|participants|supporters|endorsers|co-?signatories|undersigned)\\b|\\d");
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "(?i)^(?:(?:and|as well as|also|plus|of course|with|&|on behalf of|(?:jointly\\s+)?(?:signed|endorsed|supported|co-?sponsored|joined)\\s+by)\\s+)+");
    static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*\u2022\u2023\u25e6\u2043\u2219]|\\(?\\d{1,3}[.)]|\\[\\d{1,3}\\]"
            + "|\\d{1,3}\\s*[-\u2013\u2014]|[ivxlc]{1,5}[.)]|[a-z][.)])\\s+");
    private static final Pattern ENDS_WITH_COLON = Pattern.compile("^(.*?):\\s*(.*)$", Pattern.DOTALL);

    private SignatoryListParser() {
    }

    public static ParsedList parse(String text) {
        ParsedList.OnBehalfOf onBehalfOf = null;
        var items = new ArrayList<ListItem>();
        // Pages copied from the web carry no-break and other odd spaces that strip() leaves alone.
        var lines = (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\u00a0\\u2007\\u202f\\u2000-\\u200b\\t]", " ").split("\n", -1);
        var legend = FootnoteLegend.of(lines);
        boolean started = false;
        for (int number = 1; number <= lines.length; number++) {
            var line = lines[number - 1].strip();
            line = US_DATE.matcher(line).replaceAll("").strip();
            if (line.isEmpty() || legend.explains(line, number)
                    || HEADING.matcher(line.replaceAll("[:.]$", "")).matches() || !started && isTitle(line)) {
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
            line = legend.dropTrailing(line);
            started = true;
            var pieces = line.split("[,;]");
            boolean open = !line.matches(".*[,;.:]$") && number < lines.length && !lines[number].isBlank();
            for (int p = 0; p < pieces.length; p++) {
                var item = pieces[p].strip();
                item = BULLET.matcher(item).replaceFirst("");
                item = item.replaceAll("[.\\s]+$", "").strip();
                String spokenFor = null;
                var declared = ON_BEHALF.matcher(item);
                if (declared.matches()) {
                    var speaker = declared.group(1).isBlank() ? lastOnLine(items, number) : speaker(declared.group(1));
                    onBehalfOf = new ParsedList.OnBehalfOf(speaker, Integer.parseInt(declared.group(3)), declared.group(2) != null);
                    item = declared.group(1);
                    spokenFor = namedBesideTheCount(declared.group(4));
                }
                var inParentheses = SPEAKS_FOR_IN_PARENTHESES.matcher(item);
                if (inParentheses.matches()) {
                    item = inParentheses.group(1) + " " + inParentheses.group(2);
                }
                var forWhom = FOR_WHOM.matcher(item);
                if (forWhom.matches()) {
                    // ", on behalf of the OIC" after a name: a group, not a name of the list.
                    item = GROUP_WORDS.matcher(forWhom.group(1)).find() ? "" : forWhom.group(1);
                }
                var speaksFor = SPEAKS_FOR.matcher(item);
                if (speaksFor.matches() && !clean(speaksFor.group(1)).isEmpty() && !speaksFor.group(1).strip().equalsIgnoreCase("also")) {
                    // Those it speaks for are names of the list unless they are a group ("the OIC", "the Nordic countries").
                    item = speaksFor.group(1);
                    spokenFor = GROUP_WORDS.matcher(speaksFor.group(2)).find() ? null : speaksFor.group(2);
                }
                if (!DATE.matcher(item).matches()) {
                    addItem(items, item, number, open && p == pieces.length - 1 && spokenFor == null);
                }
                if (spokenFor != null) {
                    addItem(items, spokenFor, number, open && p == pieces.length - 1);
                }
            }
        }
        return new ParsedList(List.copyOf(items), legend.meanings(), onBehalfOf);
    }

    private static void addItem(List<ListItem> items, String piece, int line, boolean open) {
        var parts = FootnoteLegend.splitMarker(piece);
        var item = clean(parts[0]);
        if (!item.isEmpty()) {
            items.add(new ListItem(item, parts[1], line, open));
        }
    }

    /**
     * What "on behalf of 18 EU Member States and Norway" names beside its count: "Norway" signs too; "and
     * the candidate countries", "and others" name no one.
     */
    private static String namedBesideTheCount(String text) {
        // Acronyms stay: "and the UK" signs, and "and the EU" is better reported unknown than dropped unseen.
        if (text == null || GROUP_NOUNS.matcher(text).find()) {
            return null;
        }
        var name = clean(text).replaceFirst("(?i)^the\\s+", "");
        return name.isEmpty() || !Character.isUpperCase(name.charAt(0)) ? null : text;
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

    /** A first line that reads as a sentence, not a name: the title of a letter ("Joint NGO letter on the situation in …"). */
    private static boolean isTitle(String line) {
        if (line.contains(",") || line.contains(";") || line.contains(":") || ON_BEHALF.matcher(line).matches()
                || SPEAKS_FOR.matcher(line).matches()) {
            return false;
        }
        var words = line.split("\\s+");
        // Words of a sentence: in lower case and four letters or more, not the "as well as" or "with" of a list.
        long lowerCase = Arrays.stream(words).filter(word -> word.length() >= 4 && Character.isLowerCase(word.charAt(0))
                && !Set.of("with", "well", "also", "plus", "from").contains(word)).count();
        return words.length >= 5 && lowerCase >= 3;
    }

    private static boolean isIntroduction(String beforeColon) {
        // One that says what follows is an introduction ("On 8 July 2019, 22 States wrote:", "Signatories:");
        // "CIVICUS: World Alliance for Citizen Participation" is a name.
        if (INTRODUCTION_WORDS.matcher(beforeColon).find()) {
            return true;
        }
        // Else a sentence ("We, the undersigned:" aside): three words or more, one of them in lower case.
        var words = beforeColon.strip().split("\\s+");
        return !beforeColon.contains(",") && words.length >= 3
                && Arrays.stream(words).anyMatch(word -> !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !LINKING.contains(word));
    }

    private static ParsedList.OnBehalfOf onBehalfOf(String introduction, ParsedList.OnBehalfOf known) {
        var declared = ON_BEHALF.matcher(introduction.strip());
        if (!declared.matches()) {
            return known;
        }
        return new ParsedList.OnBehalfOf(speaker(declared.group(1)), Integer.parseInt(declared.group(3)),
                declared.group(2) != null);
    }
}
