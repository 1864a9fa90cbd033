package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

    private static final Pattern DATE = Pattern.compile(
            "(?i)^(?:on\\s+)?(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2}(?:st|nd|rd|th)?)\\s*,?\\s+\\d{4}"
                    + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})$");
    private static final Pattern US_DATE = Pattern.compile(
            "(?i)\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s*\\d{4}\\b");
    /** One word or phrase before a name that is not part of it; {@link #clean} drops them one by one. */
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "(?i)^(?:and|as well as|also|plus|of course|with|together with|along with|including|&|on behalf of"
                    // A signature's mark: "/s/ Jane Roe", "[signature] Lawyers for Lawyers", "(signed) Human Rights Watch".
                    + "|/s/|\\[(?:signed|signature)\\]|\\((?:signed|sgd\\.?)\\)|sgd\\.|from:"
                    + "|(?:joint\\s+)?(?:statement|letter|declaration)\\s+(?:by|of|from)"
                    + "|(?:(?:the|this)\\s+(?:joint\\s+)?(?:statement|letter|declaration|(?:draft\\s+)?resolution)\\s+(?:was|is|has\\s+been)\\s+)?"
                    + "(?:also\\s+|jointly\\s+|subsequently\\s+)?(?:co-?signed|signed|endorsed|supported|(?:co-?)?sponsored|joined|released|issued)\\s+by"
                    + "|the\\s+governments\\s+of)(?:\\s+|$)");
    /**
     * "Access Now – https://www.accessnow.org", "Amnesty International (www.amnesty.org)", "ARTICLE 19 <https://…>",
     * "Derechos Digitales – derechosdigitales.org": the signatory's website after its name.
     */
    private static final Pattern WEBSITE_AFTER_NAME = Pattern.compile("(?i)(?<=\\S)\\s*(?:[-\u2013\u2014]\\s+|\\(|<)(?:(?:https?://|www\\.)[^\\s()<>]+"
            + "|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:org|com|net|info|ngo|int|[a-z]{2})(?:/[^\\s()<>]*)?)[)>]?$");
    /** "paradigmhq.org" after a name on its line: its website ("350.org" first on its line is a name). */
    private static final Pattern DOMAIN = Pattern.compile("(?i)^[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:org|com|net|info|ngo|int|[a-z]{2})(?:/\\S*)?$");
    /** Pieces that name no one: "etc.", "and others", "…", an e-mail or web address, a time stamp. */
    private static final Pattern NO_NAME = Pattern.compile("(?i)^(?:etc|et al|others|\\.+|\u2026)\\.?$"
            // A line's number, a signature's line ("______", "~~~~"); not "11.11.11", a Belgian coalition's name, nor flags.
            + "|^(?:\\d{1,2}|[[\\p{P}\\p{S}\\s]&&[^\\x{1F1E6}-\\x{1F1FF}]]+)$"
            // When a sign-on page says it was signed: "2 hours ago", "yesterday".
            + "|^(?:\\d{1,3}\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago|yesterday|today|just\\s+now)$"
            // A sign-on page's buttons: "Load more signatures", "Sign this letter", "Share on X".
            + "|^(?:load\\s+more(?:\\s+\\p{L}+)?|sign\\s+(?:this|the)\\s+(?:letter|petition|statement|call)|share\\s+on\\s+[\\p{L}.]+"
            + "|(?:recent|latest)\\s+(?:signatures|signatories|signers))$"
            + "|^[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$|^(?:https?://|www\\.)\\S+$"
            // A form's time stamp: "3/11/2025 14:02:37", "2025/01/14 9:02:11 AM GMT+1".
            + "|^\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]m)?(?:\\s+(?:gmt|utc)\\S*)?$");
    /** "Human Rights Watch and 45 other organisations", "… as well as 230 individuals": the count of those not printed. */
    private static final Pattern OTHERS_NOT_PRINTED = Pattern.compile(
            "(?i)\\s*(?:\\band|\\bas well as|\\bplus|\\+)\\s+(?:(?:some\\s+|more than\\s+|over\\s+)?\\d+\\s+(?:other|more|further|additional|individuals?\\b|individual\\s+signatories)\\b.*"
                    + "|(?:many\\s+|several\\s+)?others)$");
    static final Pattern BULLET = Pattern.compile("^\\s*(?:(?:[-*\u2022\u2023\u25e6\u2043\u2219\u2713\u2714\u2611\u2705]|\\(?\\d{1,3}[.)]|\\[\\d{1,3}\\]"
            + "|\\d{1,3}\\s*[-\u2013\u2014]|[ivxlc]{1,5}[.)]|[a-z][.)]|\\([a-z]\\)|o(?=\\s+\\p{Lu}))\\s+"
            + "|\\d{1,3}\\.(?=\\p{Lu})|\\d\\ufe0f?\\u20e3\\s*)");
    /** "Inc.", "e.V." after a comma: the legal form of the name before it, not a name. */
    private static final String LEGAL_FORMS = "(?:inc|incorporated|ltd|llc|plc|e\\.\\s?v|gmbh|ggmbh|asbl|a\\.s\\.b\\.l|vzw)\\.?";
    private static final Pattern LEGAL_FORM = Pattern.compile("(?i)^" + LEGAL_FORMS + "$");
    private static final Pattern AFTER_LEGAL_NAME = Pattern.compile("(?i)^(.+?),?\\s+" + LEGAL_FORMS + "$");
    private static final Pattern LINE_NUMBER = Pattern.compile("^\\d{1,5}\\t+");
    private static final Pattern EMPTY_LAST_CELL = Pattern.compile("\\S *\\t[ \\t]*$");
    private static final Pattern ANNOUNCES_NAMES = Pattern.compile("(?i)\\b(?:the\\s+following|on\\s+behalf\\s+of)\\b|\\bby$"
            + "|^(?:signatories|governments|co-?sponsors|sponsors|supporters|endorsers)\\b"
            // "Pays signataires :", "Estados firmantes:", "Firmado por:", "Signé par :".
            + "|^(?:(?:pays|états|etats|organisations)\\s+)?signataires\\b|^(?:(?:estados|países|paises|organizaciones)\\s+)?firmantes\\b"
            + "|^signée?s?\\s+par|^firmad[oa]s?\\s+por");
    /** "South / Africa", "FORUM- / ASIA": a line that a region's name on the next line completes. */
    private static final Pattern WRAPS_ON = Pattern.compile("(?i)(?:-|\\b(?:south|north|east|west|central|southern|northern|eastern"
            + "|western|latin|pan))$");
    private static final Pattern TITLE_ENDS_IN_LIST = Pattern.compile(
            "(?i)(?:\\bsignatories|\\b(?:co-?)?signed\\s+by|\\bendorsed\\s+by|\\bsupported\\s+by"
                    + "|\\b(?:by|of)\\s+the\\s+following\\s+(?:\\d{1,3}\\s+)?(?:countries|states|governments|delegations|organi[sz]ations|ngos)\\W{0,3})$");
    private static final Pattern ENDS_WITH_COLON = Pattern.compile("^(.*?):\\s*(.*)$", Pattern.DOTALL);

    private SignatoryListParser() {
    }

    public static ParsedList parse(String text) {
        ParsedList.OnBehalfOf onBehalfOf = null;
        var items = new ArrayList<ListItem>();
        var lines = PastedText.of(text).split("\n", -1);
        var legend = FootnoteLegend.of(lines);
        boolean unDocument = Arrays.stream(lines).anyMatch(line -> PageFurniture.isSymbol(line.strip())
                || line.toLowerCase(Locale.ROOT).contains("draft resolution"));
        boolean started = false;
        TableColumns table = null;
        boolean emptyIsNo = false;
        boolean glossary = false;
        boolean bilingualRows = bilingualRows(lines);
        // Under "Individual signatories:" people sign in their own name, until another heading.
        boolean individuals = false;
        var individualLines = new HashSet<Integer>();
        var notSignedLines = new HashSet<Integer>();
        var notSignedItems = new HashSet<ListItem>();
        for (int number = 1; number <= lines.length; number++) {
            if (!started && ListFrame.isDateline(lines, number)) {
                continue;
            }
            // "   12\tSIGNATORIES": a line's number, as a numbered text file ("cat -n") prints it, is no part of what it says.
            var line = US_DATE.matcher(LINE_NUMBER.matcher(lines[number - 1].strip()).replaceFirst("")).replaceAll("").strip();
            if (line.isEmpty()) {
                table = null;
            }
            if (line.isEmpty() || legend.explains(line, number) || PageFurniture.is(line) || PageFurniture.isResolutionTitle(line, unDocument)
                    || !started && ListFrame.isTitle(line, lines, number) && !namesAfterItsColon(line)) {
                continue;
            }
            if (ListFrame.isGlossary(line)) {
                // "List of abbreviations": what the acronyms stand for ("RSF  Rapid Support Forces"), no signatories, up to
                // the next heading.
                glossary = true;
                continue;
            }
            if (glossary && !(line.endsWith(":") || ListFrame.isHeading(line) || ListFrame.headsIndividuals(line)
                    || ListFrame.isRegionHeading(line))) {
                continue;
            }
            glossary = false;
            if (ListFrame.isRegionHeading(line) && !WRAPS_ON.matcher(number > 1 ? lines[number - 2].strip() : "").find()) {
                started = true;
                continue;
            }
            if (individuals && ListFrame.headsOrganisations(line)) {
                individuals = false;
                continue;
            }
            if (ListFrame.headsIndividuals(line)) {
                individuals = true;
                started = true;
                continue;
            }
            if (ListFrame.isHeading(line)) {
                individuals = false;
                // After "Signatories:", a colon is in a name ("CIVICUS: World Alliance …"), not after an introduction.
                started = true;
                continue;
            }
            if (table != null && EMPTY_LAST_CELL.matcher(lines[number - 1]).find()) {
                // "Iceland\t": its last cell left empty, which strip() took with the tab.
                line += "\t";
            }
            line = PrintedLine.normalise(line).strip();
            // Before the line is read for a colon: "https:" introduces no one.
            line = WEBSITE_AFTER_NAME.matcher(line).replaceFirst("");
            if (ListFrame.isHeaderRow(line)) {
                // "Organisation, Country, Type": the rows below give their names in one column.
                table = TableColumns.of(NameSeparators.split(line));
                individuals = table != null && table.ofPeople();
                emptyIsNo = table != null && someRowSaysSigned(table, lines, number);
                continue;
            }
            var colon = ENDS_WITH_COLON.matcher(line);
            if (colon.matches() && colon.group(2).isBlank()
                    && (!colon.group(1).matches("(?s).*[,;].*") || ListFrame.isIntroduction(colon.group(1)))) {
                // A line that ends in a colon heads what follows ("Observer States:", "Nicaragua:"): no list name ends in one.
                onBehalfOf = declaredIn(colon.group(1), onBehalfOf);
                individuals = false;
                // What follows is the list, not the statement's title ("Human Rights Watch – an independent organisation …").
                started = true;
                continue;
            }
            if (!started && colon.matches()) {
                if (ListFrame.isTitleBeforeAList(colon.group(1), colon.group(2), lines, number)) {
                    continue;
                }
                // An introduction ("It received support from the following organisations:") ends at its colon.
                if (ListFrame.isIntroduction(colon.group(1)) || introducesNames(colon.group(1), colon.group(2))) {
                    onBehalfOf = declaredIn(colon.group(1), onBehalfOf);
                    line = colon.group(2).strip();
                    if (line.isEmpty()) {
                        continue;
                    }
                }
            } else if (colon.matches() && !colon.group(2).isBlank() && Character.isWhitespace(line.charAt(colon.end(1) + 1))
                    && introducesNames(colon.group(1), colon.group(2))) {
                // "Signatories: Albania, …", "Delivered by Canada on behalf of the following States: Albania, …" below a title, as
                // at the top: the names start after the colon (not the one of "https://"); the speaker is the group's (a signatory
                // where the list names it).
                onBehalfOf = declaredIn(colon.group(1), onBehalfOf);
                individuals = ListFrame.headsIndividuals(colon.group(1));
                line = colon.group(2);
            }
            line = legend.dropTrailing(line);
            started = true;
            if (individuals) {
                individualLines.add(number);
            }
            var cells = table == null ? null : table.tabCells(lines[number - 1]);
            var split = cells != null ? cells : NameSeparators.split(line);
            var pieces = bilingualRows && lines[number - 1].indexOf('\t') >= 0 ? NameSeparators.twinsInOtherScripts(split) : split;
            if (pieces.size() < split.size() && ListFrame.isHeading(pieces.getFirst().strip())) {
                // "Organisation<TAB>المنظمة": a bilingual table's header.
                continue;
            }
            var entries = cells != null ? null : NameSeparators.semicolonEntries(line);
            if (table != null) {
                if (table.person(pieces)) {
                    individualLines.add(number);
                }
                if (table.notSigned(pieces, emptyIsNo)) {
                    notSignedLines.add(number);
                }
                pieces = table.names(pieces);
            }
            boolean open = !line.matches(".*[,;.:]$") && number < lines.length && !lines[number].isBlank();
            for (int p = 0; p < pieces.size(); p++) {
                var item = BULLET.matcher(pieces.get(p).strip()).replaceFirst("");
                boolean struck = SignatureMarks.struck(item);
                if (p == 0 && SignatureMarks.uncheckedBox(item) || pieces.size() == 1 && (struck || SignatureMarks.notSignedNote(item))) {
                    // A note of a name alone on its line: "Chile (pending)" among others on a line stays as printed, for the reader.
                    notSignedLines.add(number);
                }
                item = SignatureMarks.withoutMarks(item);
                if (item.length() > NameIndex.LONGEST_NAME) {
                    items.add(new ListItem(item, null, number, false, false));
                    continue;
                }
                if (p > 0 && DOMAIN.matcher(item).matches()) {
                    continue;
                }
                item = WEBSITE_AFTER_NAME.matcher(item).replaceFirst("");
                int entry = entries == null || pieces.size() != entries.length ? 0 : entries[p];
                item = OTHERS_NOT_PRINTED.matcher(item.replaceAll("[.\\s]+$", "")).replaceFirst("").strip();
                int onLine = number;
                var piece = SpokenFor.read(item, () -> lastOnLine(items, onLine));
                if (piece.declared() != null) {
                    onBehalfOf = piece.declared();
                }
                boolean last = open && p == pieces.size() - 1;
                if (!DATE.matcher(piece.name()).matches()) {
                    int before = items.size();
                    addItem(items, piece.name(), number, last && piece.spokenFor() == null, false, entry);
                    if (struck && items.size() > before) {
                        notSignedItems.add(items.getLast());
                    }
                }
                if (piece.spokenFor() != null) {
                    addItem(items, piece.spokenFor(), number, last, true, entry);
                }
            }
            var lastKept = items.isEmpty() ? null : items.getLast();
            if (open && lastKept != null && lastKept.line() == number && !lastKept.open()) {
                // "Paradigm Initiative, paradigmhq.org", "Anonymous · 2 hours ago": the line goes on as printed after what was dropped.
                var reopened = new ListItem(lastKept.text(), lastKept.marker(), lastKept.line(), true, lastKept.spokenFor(), lastKept.entry());
                items.set(items.size() - 1, reopened);
                if (notSignedItems.remove(lastKept)) {
                    notSignedItems.add(reopened);
                }
            }
        }
        return new ParsedList(List.copyOf(items), legend.meanings(), onBehalfOf, Set.copyOf(individualLines),
                Set.copyOf(notSignedLines), Set.copyOf(notSignedItems));
    }

    /** A bilingual table's rows: two lines or more of a name and its twin in another script, a tab between them. */
    private static boolean bilingualRows(String[] lines) {
        int rows = 0;
        for (var line : lines) {
            var pieces = line.indexOf('\t') >= 0 && line.length() <= 600 ? NameSeparators.split(PrintedLine.normalise(line.strip())) : List.<String>of();
            if (pieces.size() == 2 && NameSeparators.twinsInOtherScripts(pieces).size() == 1 && ++rows == 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a line says before its colon when the names follow it on the line: "Signatories", "Supported by",
     * "Governments"; not a name with its description ("Committee to Protect Journalists: an independent …").
     */
    private static boolean introducesNames(String beforeColon, String afterColon) {
        return (ANNOUNCES_NAMES.matcher(beforeColon).find() || ListFrame.isHeading(beforeColon) || ListFrame.headsIndividuals(beforeColon)
                || ListFrame.isIntroduction(beforeColon)) && !ListFrame.readsAsProse(afterColon);
    }

    /**
     * "Joint statement on the right to food — signatories: Brazil, Chile, …", "… of the following 12 countries¹: Argentina,
     * …": a title that goes on into its list.
     */
    private static boolean namesAfterItsColon(String line) {
        var colon = ENDS_WITH_COLON.matcher(line);
        return colon.matches() && !colon.group(2).isBlank() && TITLE_ENDS_IN_LIST.matcher(colon.group(1)).find()
                && !ListFrame.readsAsProse(colon.group(2));
    }

    /** Whether a row below the table's header says yes in a status column, up to the table's end (an empty line). */
    private static boolean someRowSaysSigned(TableColumns table, String[] lines, int header) {
        for (int number = header + 1; number <= lines.length && !lines[number - 1].isBlank(); number++) {
            if (table.saysSigned(NameSeparators.split(PrintedLine.normalise(lines[number - 1].strip())))) {
                return true;
            }
        }
        return false;
    }

    private static void addItem(List<ListItem> items, String piece, int line, boolean open, boolean spokenFor, int entry) {
        var parts = FootnoteLegend.splitMarker(piece);
        var item = clean(parts[0]);
        // "China Aid Association, Inc." (or "…, / Inc." where a PDF wrapped the line) is one name, its legal form no other.
        if (LEGAL_FORM.matcher(item).matches() && !items.isEmpty() && items.getLast().line() >= line - 1) {
            var named = items.removeLast();
            items.add(new ListItem(named.text() + ", " + item, named.marker() != null ? named.marker() : parts[1], named.line(), open,
                    named.spokenFor(), named.entry()));
            return;
        }
        if (item.equalsIgnoreCase("the") && !items.isEmpty() && items.getLast().line() == line) {
            // "Carter Center, The": a name sorted by its main word.
            var named = items.removeLast();
            items.add(new ListItem("The " + named.text(), named.marker() != null ? named.marker() : parts[1], named.line(), open,
                    named.spokenFor(), named.entry()));
            return;
        }
        if (!item.isEmpty() && !NO_NAME.matcher(item).matches()) {
            items.add(new ListItem(item, parts[1], line, open, spokenFor, entry));
        }
    }

    /** "Canada, on behalf of 3 countries": the name before, on the same line. */
    private static String lastOnLine(List<ListItem> items, int line) {
        return items.isEmpty() || items.getLast().line() != line ? null : items.getLast().text();
    }

    /** "China Aid Association, Inc." as "China Aid Association"; null when the name has no legal form at its end. */
    static String withoutLegalForm(String name) {
        var named = AFTER_LEGAL_NAME.matcher(name);
        return named.matches() ? named.group(1) : null;
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
        if (text.equals("AND")) {
            // Andorra's code in a list of codes, or a conjunction in capitals: the resolver tells which.
            return text;
        }
        for (var filler = LEADING_FILLER.matcher(text); filler.lookingAt(); filler = LEADING_FILLER.matcher(text)) {
            text = text.substring(filler.end()).strip();
        }
        return text;
    }

    private static ParsedList.OnBehalfOf declaredIn(String introduction, ParsedList.OnBehalfOf known) {
        var declared = SpokenFor.declaredIn(introduction);
        return declared != null ? declared : known;
    }
}
