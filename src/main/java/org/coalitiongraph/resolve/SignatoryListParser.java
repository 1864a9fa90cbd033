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

    /** "Statement by", "delivered by": what comes before the speaker. */
    private static final String DELIVERED_BY =
            "(?:.*?\\b(?:(?:delivered|read|presented|made)\\s+by|statement\\s+(?:by|of)|letter\\s+(?:by|from)|speech\\s+by)\\s+)?";
    private static final Pattern ON_BEHALF = Pattern.compile(
            "(?i)^" + DELIVERED_BY
                    + "(.*?)\\s*,?(?:^|\\s+)(?:also\\s+)?on behalf of\\s+(?:a\\s+(?:[\\w-]+\\s+){0,2}?(?:group|total)\\s+of\\s+|the\\s+following\\s+)?"
                    + "(more than|over|at least|some)?\\s*(\\d+)\\b(?:\\s+(?:[\\w-]+\\s+){0,3}?(?:countries|states|nations|governments|delegations)"
                    + "\\s*,?\\s+(?:and|as well as|plus|together with)\\s+(.+)|.*)$");
    /** "Ambassador Simon Manley of the United Kingdom": the speaker is the state. */
    private static final Pattern ENVOY = Pattern.compile(
            "(?i)^(?:h\\.?\\s?e\\.?\\s+)?(?:ambassador|minister|mr|ms|mrs|dr|(?:the\\s+)?(?:deputy\\s+)?(?:permanent\\s+)?representative"
                    + "|(?:the\\s+)?(?:head\\s+of\\s+)?delegation)\\b.*?\\bof\\s+(?!delegation\\b)(.+)$");
    /** What stands before "on behalf of" without naming a speaker. */
    private static final Pattern NOT_A_SPEAKER = Pattern.compile("(?i)^(?:a\\s+|the\\s+)?(?:joint\\s+)?(?:statement|letter|declaration)$");
    /** "Pakistan on behalf of the OIC": a speaker and those it speaks for, without a count. */
    private static final Pattern SPEAKS_FOR = Pattern.compile("(?i)^" + DELIVERED_BY + "(.*?)\\s*,?\\s+(?:also\\s+)?on behalf of\\s+(.+)$");
    /** "Joint Statement on the situation in Xinjiang, Hong Kong and Tibet" above its list: a title, commas and all. */
    private static final Pattern TITLE = Pattern.compile(
            "(?i)^(?:joint\\s+|open\\s+)?(?:ngo\\s+|civil society\\s+)?(?:statement|letter|declaration|appeal)\\s+(?:on|to|regarding|concerning|about|in)\\b.*");
    /** The cells of a table's header row: "Country | Date joined". */
    private static final Pattern HEADER_CELL = Pattern.compile(
            "(?i)^(?:country|countries|state|states|name|names|date(?:\\s+(?:joined|signed))?|organi[sz]ations?|signator(?:y|ies)|region|group|iso\\s?[23]?|code|no\\.?|#)$");
    /** Words that name a group rather than states: "on behalf of the Nordic-Baltic countries", "of the OIC"; not "the United States". */
    private static final Pattern GROUP_WORDS = Pattern.compile(
            "(?i:\\b(?:countries|(?<!united\\s)(?<!federated\\s)states|group|members|nations|union|community|movement|organi[sz]ation"
                    + "|cooperation|league|council|others|observers|territories)\\b)|\\b\\p{Lu}{2,}\\b");
    private static final Pattern DATE = Pattern.compile(
            "(?i)^(?:on\\s+)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2}(?:st|nd|rd|th)?)\\s*,?\\s+\\d{4}"
                    + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})$");
    /** "Geneva, 22 June 2021" above a statement: where and when, not who. */
    private static final Pattern DATELINE = Pattern.compile("(?i)^\\p{L}[\\p{L} .'-]*,\\s*(?:\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2},?)\\s+\\d{4}\\.?$");
    private static final Pattern US_DATE = Pattern.compile(
            "(?i)\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s*\\d{4}\\b");
    /** A line that only says what follows, without a colon: "Signatories", "The undersigned organisations". */
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:undersigned|endorsing|supporting|original|signatory|member|observer)?\\s*(?:organi[sz]ations|signatories"
                    + "|states|countries|members|co-?sponsors|supporters|endorsers|participants|list of signatories"
                    + "|(?:states\\s+)?(?:members|non-?members|observers)\\s+of\\s+the\\s+(?:human rights\\s+)?council)$");
    /** "X (also on behalf of Y and Z)". */
    private static final Pattern SPEAKS_FOR_IN_PARENTHESES = Pattern.compile("(?i)^(.*?)\\s*\\(\\s*((?:also\\s+)?on behalf of\\s+[^)]*)\\)\\s*$");
    /** A piece that only says whom the name before it speaks for: ", on behalf of the OIC", ", also on behalf of Belgium". */
    private static final Pattern FOR_WHOM = Pattern.compile("(?i)^(?:also\\s+)?on behalf of\\s+(.+)$");
    /** Lower-case words that names have too: "World Alliance for Citizen Participation". */
    private static final Set<String> LINKING = Set.of("of", "and", "the", "for", "on", "in", "de", "des", "du", "la", "le", "et", "y",
            "e.V.", "a", "an");
    /** Words that say a list follows; a year or a count does too ("On 8 July 2019", "In favour (141)"), not "ARTICLE 19". */
    private static final Pattern INTRODUCTION_WORDS = Pattern.compile(
            "(?i)\\b(?:following|on behalf of|(?<!united\\s)(?<!federated\\s)states|countries|organi[sz]ations|signatories|signed|wrote"
                    + "|joined|endorsed|supported|co-?sponsors?|members|participants|supporters|endorsers|co-?signatories|undersigned"
                    + "|in favou?r|against|abstentions?|abstaining)\\b|\\b(?:1[89]|20)\\d\\d\\b|\\(\\d+\\)");
    /** What the first line of a letter or statement says it is, before a colon: "Joint NGO letter:", "Re:". */
    private static final Pattern TITLE_WORDS = Pattern.compile("(?i)\\b(?:statement|letter|declaration|appeal|re|subject)\\b");
    /** A letter's title addressed to the UN: "UN Human Rights Council: Adopt a resolution …". */
    private static final Pattern TO_THE_UN = Pattern.compile("(?i)^(?:to\\s+)?(?:the\\s+)?(?:UN|United Nations)\\b");
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "(?i)^(?:(?:and|as well as|also|plus|of course|with|together with|along with|including|&|on behalf of"
                    + "|(?:joint\\s+)?(?:statement|letter|declaration)\\s+(?:by|of|from)"
                    + "|(?:the\\s+(?:statement|letter)\\s+(?:was|is)\\s+)?(?:jointly\\s+)?(?:signed|endorsed|supported|co-?sponsored|joined)"
                    + "\\s+by)(?:\\s+|$))+");
    /** Pieces that name no one: "etc.", "and others", "…". */
    private static final Pattern NO_NAME = Pattern.compile("(?i)^(?:etc|et al|others|\\.+|\u2026)\\.?$");
    /** "Human Rights Watch and 45 other organisations": the count of those not printed. */
    private static final Pattern OTHERS_NOT_PRINTED = Pattern.compile(
            "(?i)\\s*(?:\\band|\\bas well as|\\bplus|\\+)\\s+(?:(?:some\\s+|more than\\s+|over\\s+)?\\d+\\s+(?:other|more|further|additional)\\b.*"
                    + "|(?:many\\s+|several\\s+)?others)$");
    static final Pattern BULLET = Pattern.compile("^\\s*(?:(?:[-*\u2022\u2023\u25e6\u2043\u2219]|\\(?\\d{1,3}[.)]|\\[\\d{1,3}\\]"
            + "|\\d{1,3}\\s*[-\u2013\u2014]|[ivxlc]{1,5}[.)]|[a-z][.)]|\\([a-z]\\)|o(?=\\s+\\p{Lu}))\\s+"
            + "|\\d{1,3}\\.(?=\\p{Lu})|\\d\\ufe0f?\\u20e3\\s*)");
    private static final Pattern ENDS_WITH_COLON = Pattern.compile("^(.*?):\\s*(.*)$", Pattern.DOTALL);

    private SignatoryListParser() {
    }

    public static ParsedList parse(String text) {
        ParsedList.OnBehalfOf onBehalfOf = null;
        var items = new ArrayList<ListItem>();
        // Pages copied from the web carry no-break and other odd spaces that strip() leaves alone.
        var lines = (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\u00a0\\u2007\\u202f\\u2000-\\u200b]", " ").split("\n", -1);
        var legend = FootnoteLegend.of(lines);
        boolean started = false;
        for (int number = 1; number <= lines.length; number++) {
            var line = lines[number - 1].strip();
            // Only above the list: "Albania, 22 June 2021" on every line is names and dates.
            var next = nextLine(lines, number);
            if (!started && DATELINE.matcher(line).matches() && isFirst(lines, number) && next != null && !DATELINE.matcher(next).matches()) {
                continue;
            }
            line = US_DATE.matcher(line).replaceAll("").strip();
            if (line.isEmpty() || legend.explains(line, number) || PrintedLine.isFurniture(line) || !started && isTitle(line, lines, number)) {
                continue;
            }
            if (HEADING.matcher(line.replaceAll("[:.]$", "")).matches()) {
                // After "Signatories:", a colon is in a name ("CIVICUS: World Alliance …"), not after an introduction.
                started = true;
                continue;
            }
            line = PrintedLine.normalise(line).strip();
            if (Arrays.stream(line.split("[,;]")).allMatch(cell -> HEADER_CELL.matcher(cell.strip()).matches())) {
                continue;
            }
            // An introduction ("It received support from the following organisations:") ends at its colon; within
            // the list, a line that ends in one is a heading ("Observer States:").
            var colon = ENDS_WITH_COLON.matcher(line);
            if (colon.matches() && colon.group(2).isBlank() && (!colon.group(1).matches("(?s).*[,;].*") || isIntroduction(colon.group(1)))) {
                // A line that ends in a colon heads what follows ("Observer States:", "Nicaragua:"): no list name ends in one.
                onBehalfOf = onBehalfOf(colon.group(1), onBehalfOf);
                continue;
            }
            if (!started && colon.matches() && isTitleBeforeAList(colon.group(1), colon.group(2), lines, number)) {
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
                item = OTHERS_NOT_PRINTED.matcher(item.replaceAll("[.\\s]+$", "")).replaceFirst("").strip();
                String spokenFor = null;
                var declared = ON_BEHALF.matcher(item);
                if (declared.matches()) {
                    var speaker = speaker(declared.group(1));
                    onBehalfOf = new ParsedList.OnBehalfOf(speaker == null ? lastOnLine(items, number) : speaker,
                            Integer.parseInt(declared.group(3)), declared.group(2) != null);
                    item = speaker == null ? "" : speaker;
                    // "on behalf of 18 EU Member States and Norway": Norway signs too.
                    spokenFor = declared.group(4);
                }
                var inParentheses = SPEAKS_FOR_IN_PARENTHESES.matcher(item);
                if (inParentheses.matches()) {
                    item = inParentheses.group(1) + " " + inParentheses.group(2);
                }
                var forWhom = FOR_WHOM.matcher(item);
                if (forWhom.matches()) {
                    // ", also on behalf of Belgium" after a name: whom the name before speaks for.
                    item = "";
                    spokenFor = forWhom.group(1);
                }
                var speaksFor = SPEAKS_FOR.matcher(item);
                if (speaksFor.matches() && !clean(speaksFor.group(1)).isEmpty() && !speaksFor.group(1).strip().equalsIgnoreCase("also")) {
                    item = speaksFor.group(1);
                    spokenFor = speaksFor.group(2);
                }
                boolean last = open && p == pieces.length - 1;
                if (!DATE.matcher(item).matches()) {
                    addItem(items, item, number, last && spokenFor == null, false);
                }
                if (spokenFor != null) {
                    addItem(items, spokenFor, number, last, true);
                }
            }
        }
        return new ParsedList(List.copyOf(items), legend.meanings(), onBehalfOf);
    }

    private static void addItem(List<ListItem> items, String piece, int line, boolean open, boolean spokenFor) {
        var parts = FootnoteLegend.splitMarker(piece);
        var item = clean(parts[0]);
        if (!item.isEmpty() && !NO_NAME.matcher(item).matches()) {
            items.add(new ListItem(item, parts[1], line, open, spokenFor));
        }
    }

    /**
     * Whether a name spoken for names a group rather than an actor ("the OIC", "the Nordic countries",
     * "the candidate countries", "others"), for the resolver to drop when it matches no actor.
     */
    static boolean namesAGroup(String text) {
        return GROUP_WORDS.matcher(text).find();
    }

    private static boolean isFirst(String[] lines, int number) {
        return Arrays.stream(lines, 0, number - 1).allMatch(String::isBlank);
    }

    /** The next line with text after line {@code number}, or null. */
    private static String nextLine(String[] lines, int number) {
        return Arrays.stream(lines, number, lines.length).map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(null);
    }

    /** "Canada, on behalf of 3 countries": the name before, on the same line. */
    private static String lastOnLine(List<ListItem> items, int line) {
        return items.isEmpty() || items.getLast().line() != line ? null : items.getLast().text();
    }

    /** The state or organisation that delivers a statement, or null when the text names none ("Joint statement", "speaking"). */
    private static String speaker(String text) {
        var speaker = clean(text.replaceFirst("(?i)(?:^|\\s+)speaking$", ""));
        if (speaker.isEmpty() || NOT_A_SPEAKER.matcher(speaker).matches()) {
            return null;
        }
        var envoy = ENVOY.matcher(speaker);
        return envoy.matches() ? clean(envoy.group(1)) : speaker;
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
    private static boolean isTitle(String line, String[] lines, int number) {
        if (ON_BEHALF.matcher(line).matches() || SPEAKS_FOR.matcher(line).matches()) {
            return false;
        }
        if (TITLE.matcher(line).matches() && Arrays.stream(lines, number, lines.length).anyMatch(next -> !next.isBlank())) {
            return true;
        }
        if (line.contains(",") || line.contains(";") || line.contains(":")) {
            return false;
        }
        var words = line.split("\\s+");
        // Words of a sentence: in lower case and four letters or more, not the "as well as" or "with" of a list.
        long lowerCase = Arrays.stream(words).filter(word -> word.length() >= 4 && Character.isLowerCase(word.charAt(0))
                && !Set.of("with", "well", "also", "plus", "from").contains(word)).count();
        return words.length >= 5 && lowerCase >= 3;
    }

    /**
     * "Joint NGO letter: Establish a UN investigation into Xinjiang", "Re: Urgent need for a special session"
     * on a first line with the list below: a title, when what follows the colon reads as a sentence.
     */
    private static boolean isTitleBeforeAList(String beforeColon, String afterColon, String[] lines, int number) {
        boolean listBelow = Arrays.stream(lines, number, lines.length).anyMatch(line -> !line.isBlank());
        boolean titled = TITLE_WORDS.matcher(beforeColon).find();
        // "FIDH: Fédération internationale pour les droits humains" is a name and what it means.
        if (!listBelow || INTRODUCTION_WORDS.matcher(beforeColon).find() || !titled && !TO_THE_UN.matcher(beforeColon).find()) {
            return false;
        }
        long sentenceWords = Arrays.stream(afterColon.strip().split("[\\s,]+"))
                .filter(word -> word.length() >= 3 && Character.isLowerCase(word.charAt(0)) && !LINKING.contains(word)).count();
        return sentenceWords >= (titled ? 1 : 2);
    }

    private static boolean isIntroduction(String beforeColon) {
        // One that says what follows is an introduction ("On 8 July 2019, 22 States wrote:", "Signatories:");
        // "CIVICUS: World Alliance for Citizen Participation" is a name.
        if (INTRODUCTION_WORDS.matcher(beforeColon).find() || TITLE_WORDS.matcher(beforeColon).find()) {
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
