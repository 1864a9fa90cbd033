package org.coalitiongraph.resolve;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines that frame a list rather than name its signatories: a title ("Joint Statement on the
 * situation in Xinjiang, Hong Kong and Tibet", "Re: …"), a dateline ("Geneva, 22 June 2021"),
 * headings ("Signatories", "Observer States:"), an introduction ending in a colon ("It received
 * support from the following organisations:"), a table's header row.
 */
final class ListFrame {

    /** "Joint Statement on the situation in Xinjiang, Hong Kong and Tibet" above its list: a title, commas and all. */
    private static final Pattern TITLE = Pattern.compile(
            "(?i)^(?:joint\\s+|open\\s+)?(?:ngo\\s+|civil society\\s+)?(?:statement|letter|declaration|appeal)\\s+(?:on|to|regarding|concerning|about|in)\\b.*");
    /** The cells of a table's header row: "Country | Date joined". */
    private static final Pattern HEADER_CELL = Pattern.compile(
            "(?i)^(?:country|countries|(?:member\\s+)?states?|participants?|names?(?:\\s+of\\s+(?:the\\s+)?organi[sz]ation)?"
                    + "|date(?:\\s+(?:joined|signed|of\\s+signature))?|organi[sz]ations?(?:\\s+name)?|signator(?:y|ies)|(?:regional\\s+)?group|region"
                    + "|iso\\s?[23]?|code|(?-i:No\\.?|no\\.|NO\\.)|#|(?:signed|joined|endorsed|supports?|supported|co-?sponsor(?:ed)?|sponsor(?:ed)?|signature|endorsement)\\??"
                    + "|type|category|sector|city|location|website|notes?|remarks|status"
                    + "|full\\s+name|affiliations?|institutions?|titles?|positions?|name\\s+of\\s+(?:the\\s+)?organi[sz]ation)$");
    /** A date anywhere in a line: "22 June 2021", "June 22, 2021", "2021-06-22", "22/06/2021". */
    private static final Pattern A_DATE = Pattern.compile(
            "(?i)\\b\\d{1,2}\\s+\\p{L}+\\s+\\d{4}\\b|\\b\\p{L}+\\s+\\d{1,2},?\\s+\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}\\b");
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** A whole date, its month named or in figures: "24 February 2025", "Feb. 24, 2025", "2025-02-24", "24/02/2025". */
    private static final Pattern DATE_WITH_MONTH = Pattern.compile("(?i)\\b\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}\\b|\\b" + MONTH
            + "\\s+\\d{1,2},?\\s+\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}\\b");
    /** "Geneva, 22 June 2021" above a statement: where and when, not who. */
    private static final Pattern DATELINE = Pattern.compile("(?i)^\\p{L}[\\p{L} .'-]*,\\s*(?:\\d{1,2}\\s+\\p{L}+|\\p{L}+\\s+\\d{1,2},?)\\s+\\d{4}\\.?$");
    /** "Signatories (20 organisations)", "Regional / International (5)", "Signatories (as of 20 May 2025)": how many follow, or when. */
    private static final String COUNT = "(?:\\s*\\((?:\\d{1,4}|[\\p{L} ]{0,30}\\d{1,4}[\\p{L} ]{0,30}"
            + "|(?i:as\\s+(?:of|at)|updated(?:\\s+on)?)\\s+[\\p{L}\\d ,.]{1,30}|(?i:in\\s+)?(?i:alphabetical)[\\p{L} ]{0,30})\\))?";
    /** A line that only says what follows, without a colon: "Signatories", "The undersigned organisations". */
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:undersigned|endorsing|supporting|original|signatory|member|observer|organi[sz]ational|institutional"
                    + "|civil\\s+society|ngo)?\\s*(?:organi[sz]ations?|signatories|groups|ngos"
                    + "|states|countries|governments|members|co-?sponsors|co-?signatories|supporters|endorsers|participants|stakeholders"
                    + "|list\\s+of\\s+(?:signatories|stakeholders|participants|organi[sz]ations|supporters|endorsers)"
                    + "|(?:states\\s+)?(?:members|non-?members|observers)\\s+of\\s+the\\s+(?:human rights\\s+)?council)" + COUNT + "$");
    /**
     * "Trade unions", "Faith-based organisations", "Academic institutions", "National NGOs": a kind of signatory heading its
     * names, in the sentence case no organisation's name is printed in ("Open Society Foundations" is one).
     */
    private static final Pattern GLOSSARY = Pattern.compile("(?i)^(?:list\\s+of\\s+)?(?:abbreviations|acronyms)(?:\\s+(?:and|&)\\s+(?:abbreviations|acronyms))?"
            + "(?:\\s+used)?\\s*:?$|^glossary\\s*:?$");
    private static final Pattern CATEGORY_HEADING = Pattern.compile("^\\p{Lu}[\\p{Ll}-]+(?:\\s+(?!(?:of|for|and|the|de|des|du|la|le|les|et|pour|y|del)\\s)"
            + "\\p{Ll}[\\p{Ll}-]+){0,2}\\s+(?:organi[sz]ations"
            + "|networks|unions|institutions|groups|associations|coalitions|movements|bodies|members|signatories|platforms|universities)$"
            + "|^(?:\\p{Lu}[\\p{L}-]+\\s+){1,2}(?:NGOs|CSOs)$");
    /** "Africa", "Latin America and the Caribbean", "Asia-Pacific States": a list grouped by region, without colons. */
    private static final String REGION = "(?:global|international|regional|national|africa|asia"
            + "|asia[- ]pacific|europe|eastern\\s+europe(?:\\s+and\\s+central\\s+asia)?|central\\s+asia|south(?:-?east)?\\s+asia|east\\s+asia"
            + "|(?:the\\s+)?americas|north\\s+america|latin\\s+america(?:\\s+(?:and|&)\\s+(?:the\\s+)?caribbean)?|(?:the\\s+)?caribbean"
            + "|(?:the\\s+)?middle\\s+east(?:\\s+(?:and|&)\\s+north\\s+africa)?|mena|oceania|(?:the\\s+)?pacific"
            + "|(?:african|asia[- ]pacific|asian|eastern\\s+european|latin\\s+american\\s+and\\s+caribbean|western\\s+european\\s+and\\s+others?)"
            + "\\s+(?:states|countries))";
    private static final Pattern REGION_HEADING = Pattern.compile("(?i)^" + REGION + "(?:\\s*(?:/|&|and)\\s*" + REGION + ")*" + COUNT + "\\s*:?$");
    /** "Individual signatories:", "Signed in a personal capacity": people follow, not organisations. */
    private static final Pattern INDIVIDUALS_HEADING = Pattern.compile("(?i)^(?:the\\s+following\\s+)?(?:individuals?(?:\\s+(?:signator(?:y|ies)"
            + "|signers|endorsements?|endorsers|supporters))?|(?:signed\\s+)?in\\s+(?:a|their)\\s+personal\\s+capacity"
            + "|experts|academics|scholars)(?:\\s*\\((?![^()]*\\b(?:states|countries|governments)\\b)[^()]*\\))?\\s*[:.]?$");
    private static final Pattern WITHHELD = Pattern.compile("(?i)^\\[?anonymous\\b|\\bname\\s+withheld\\b|\\bwithheld\\s+for\\s+(?:security|safety)"
            + "|\\b(?:cannot|can't|could\\s+not)\\s+be\\s+named\\b|^(?:an\\s+)?unnamed\\b");
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(?:we|i|us|our|they|you)$");
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
    private static final Set<String> LIST_WORDS = Set.of("with", "well", "also", "plus", "from");
    private static final Set<String> SENTENCE_WORDS = Set.of("the", "on", "to", "in", "must", "should", "calls", "call", "urge",
            "urges", "against", "about", "over", "regarding", "concerning", "is", "are");
    /** What a message says, not a name: "Please count in …", "… are in. ICT will sign as lead". */
    private static final Pattern MESSAGE_WORDS = Pattern.compile("^(?i:please|thanks|thank you)\\b|\\b(?:will|would|shall|please)\\b");

    private ListFrame() {
    }

    /** A dateline on the first line, above a list that is not itself made of names and dates ("Albania, 22 June 2021"). */
    static boolean isDateline(String[] lines, int number) {
        var next = nextLine(lines, number);
        return DATELINE.matcher(lines[number - 1].strip()).matches() && Arrays.stream(lines, 0, number - 1).allMatch(String::isBlank)
                && next != null && !A_DATE.matcher(next).find();
    }

    /**
     * "We", "the undersigned organisations", "write to express our concern", "Campaign for Uyghurs promotes and advocates for
     * the human rights of Uyghurs": a letter's words, no organisation's name.
     */
    static boolean readsAsProse(String piece) {
        var words = piece.strip().split("\\s+");
        if (PRONOUN.matcher(piece.strip()).matches()) {
            return true;
        }
        // A piece that starts in lower case, two of its first three words so: "write to express our concern".
        boolean startsLowerCase = words.length >= 3 && Character.isLowerCase(words[0].charAt(0))
                && Arrays.stream(words, 0, 3).filter(word -> Character.isLowerCase(word.charAt(0))).count() >= 2;
        // Four words of a sentence, in lower case and of four letters or more, with an English sentence's small words.
        long sentenceWords = Arrays.stream(words).filter(word -> word.length() >= 4 && Character.isLowerCase(word.charAt(0))).count();
        return startsLowerCase || sentenceWords >= 4 && Arrays.stream(words).anyMatch(SENTENCE_WORDS::contains);
    }

    /**
     * "Please count in …", "… are in. ICT will sign as lead", "Thanks": what a message says around its names. Not for
     * introductions: "Co-signed by: …, Dr. Jane Roe (please list in a personal capacity)" still introduces names.
     */
    static boolean readsAsMessage(String piece) {
        return MESSAGE_WORDS.matcher(piece.strip()).find();
    }

    /**
     * "Anonymous", "[Name withheld for security reasons] (Belarus)", "Two further organisations that cannot be named": a
     * signatory the list hides; it may be one the graph knows, so the reader says, not a new organisation.
     */
    static boolean withholdsAName(String piece) {
        return WITHHELD.matcher(piece).find();
    }

    /** "Joint NGO letter – HRC58 – 24 February 2025": a running head or a dateline; no organisation's name holds a date. */
    static boolean holdsADate(String piece) {
        return DATE_WITH_MONTH.matcher(piece).find();
    }

    /** Whether the line names a region that the names below it are from: no name, and no end of a list of people. */
    static boolean isRegionHeading(String line) {
        return REGION_HEADING.matcher(line).matches();
    }

    /** "List of abbreviations", "Acronyms", "Glossary": what follows explains words; the list has ended. */
    static boolean isGlossary(String line) {
        return GLOSSARY.matcher(line).matches();
    }

    static boolean isHeading(String line) {
        var text = line.replaceAll("[:.]$", "");
        return HEADING.matcher(text).matches() || text.length() <= 60 && CATEGORY_HEADING.matcher(text).matches();
    }

    /** "Civil society organisations", "Organisations (3)", "Endorsing groups": organisations follow, not people. */
    private static final Pattern ORGANISATIONS_HEADING = Pattern.compile("(?i)^[\\p{L} -]{0,40}\\b(?:organi[sz]ations?|organi[sz]ational|ngos?"
            + "|institutions?|institutional|groups|endorsements?)\\b[\\p{L} -]{0,40}(?:\\(\\d+\\))?\\s*:?$");

    /** Whether the line heads organisations, which end a list of people. */
    static boolean headsOrganisations(String line) {
        return line.length() <= 80 && ORGANISATIONS_HEADING.matcher(line).matches();
    }

    /** Whether the line heads a list of people signing in their own name. */
    static boolean headsIndividuals(String line) {
        return INDIVIDUALS_HEADING.matcher(line).matches();
    }

    static boolean isHeaderRow(String line) {
        return Arrays.stream(line.split("[,;]")).allMatch(cell -> HEADER_CELL.matcher(cell.strip().replaceAll("^\"|\"$", "").strip()).matches())
                || TableColumns.of(NameSeparators.split(line)) != null;
    }

    /** A line before the list that reads as a title, not a name ("Joint NGO letter on the situation in …"). */
    static boolean isTitle(String line, String[] lines, int number) {
        if (SpokenFor.says(line)) {
            return false;
        }
        if (TITLE.matcher(line).matches() && nextLine(lines, number) != null) {
            return true;
        }
        if (line.contains(",") || line.contains(";") || line.contains(":")) {
            return false;
        }
        var words = line.split("\\s+");
        // Words of a sentence: in lower case and four letters or more, not the "as well as" or "with" of a list.
        long lowerCase = Arrays.stream(words).filter(word -> word.length() >= 4 && Character.isLowerCase(word.charAt(0))
                && !LIST_WORDS.contains(word)).count();
        // And English ones: "Action des chrétiens pour l'abolition de la torture" is an organisation's name.
        return words.length >= 5 && lowerCase >= 3 && Arrays.stream(words).anyMatch(SENTENCE_WORDS::contains);
    }

    /**
     * "Joint NGO letter: Establish a UN investigation into Xinjiang", "Re: Urgent need for a special session"
     * on a first line with the list below: a title, when it says it is one and what follows the colon reads as a sentence.
     */
    static boolean isTitleBeforeAList(String beforeColon, String afterColon, String[] lines, int number) {
        boolean titled = TITLE_WORDS.matcher(beforeColon).find();
        // "FIDH: Fédération internationale pour les droits humains" is a name and what it means.
        if (nextLine(lines, number) == null || INTRODUCTION_WORDS.matcher(beforeColon).find()
                || !titled && !TO_THE_UN.matcher(beforeColon).find()) {
            return false;
        }
        long sentenceWords = Arrays.stream(afterColon.strip().split("[\\s,]+"))
                .filter(word -> word.length() >= 3 && Character.isLowerCase(word.charAt(0)) && !LINKING.contains(word)).count();
        return sentenceWords >= (titled ? 1 : 2);
    }

    /** Whether what stands before a colon introduces the list ("On 8 July 2019, 22 States wrote:", "Signatories:"). */
    static boolean isIntroduction(String beforeColon) {
        // "CIVICUS: World Alliance for Citizen Participation" is a name.
        if (INTRODUCTION_WORDS.matcher(beforeColon).find() || TITLE_WORDS.matcher(beforeColon).find()) {
            return true;
        }
        // Else a sentence ("We, the undersigned:" aside): three words or more, one of them in lower case.
        var words = beforeColon.strip().split("\\s+");
        return !beforeColon.contains(",") && words.length >= 3
                && Arrays.stream(words).anyMatch(word -> !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !LINKING.contains(word));
    }

    /** The next line with text after line {@code number}, or null. */
    private static String nextLine(String[] lines, int number) {
        return Arrays.stream(lines, number, lines.length).map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse(null);
    }
}
