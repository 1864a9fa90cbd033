package org.coalitiongraph.resolve;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Who delivers a statement and for whom, as a list prints it: "Canada on behalf of 44 countries",
 * "Statement by Germany on behalf of 18 EU Member States and Norway", "Pakistan on behalf of the
 * OIC", "The Netherlands, also on behalf of Belgium and Luxembourg", "Mexico (also on behalf of
 * Chile and Peru)", "delivered by Ambassador … of the United Kingdom".
 */
final class SpokenFor {

    /** "Statement by", "delivered by": what comes before the speaker. */
    private static final String DELIVERED_BY =
            "(?:.*?\\b(?:(?:delivered|read|presented|made)\\s+by|statement\\s+(?:by|of)|letter\\s+(?:by|from)|speech\\s+by)\\s+)?";
    /** A count, and whom the speaker names beside it: "on behalf of 18 EU Member States and Norway". */
    private static final Pattern ON_BEHALF = Pattern.compile(
            "(?i)^" + DELIVERED_BY
                    + "(.*?),?(?:^|\\s+)(?:also\\s+)?on behalf of\\s+(?:a\\s+(?:[\\w-]+\\s+){0,2}?(?:group|total)\\s+of\\s+|the\\s+following\\s+)?"
                    + "(more than|over|at least|some)?\\s*(\\d+)\\b(?:\\s+(?:[\\w-]+\\s+){0,3}?(?:countries|states|nations|governments|delegations)"
                    + "\\s*,?\\s+(?:and|as well as|plus|together with)\\s+(.+)|.*)$");
    /** "Ambassador Simon Manley of the United Kingdom": the speaker is the state. */
    private static final Pattern ENVOY = Pattern.compile(
            "(?i)^(?:h\\.?\\s?e\\.?\\s+)?(?:ambassador|minister|mr|ms|mrs|dr|(?:the\\s+)?(?:deputy\\s+)?(?:permanent\\s+)?representative"
                    + "|(?:the\\s+)?(?:head\\s+of\\s+)?delegation)\\b.*?\\bof\\s+(?!delegation\\b)(.+)$");
    /** What stands before "on behalf of" without naming a speaker. */
    private static final Pattern NOT_A_SPEAKER = Pattern.compile("(?i)^(?:a\\s+|the\\s+)?(?:joint\\s+)?(?:statement|letter|declaration)$");
    /** "Pakistan on behalf of the OIC": a speaker and those it speaks for, without a count. */
    private static final Pattern SPEAKS_FOR = Pattern.compile("(?i)^" + DELIVERED_BY + "(.*?),?\\s+(?:also\\s+)?on behalf of\\s+(.+)$");
    /** "X (also on behalf of Y and Z)". */
    private static final Pattern SPEAKS_FOR_IN_PARENTHESES = Pattern.compile("(?i)^(.*?)\\s*\\(\\s*((?:also\\s+)?on behalf of\\s+[^)]*)\\)\\s*$");
    /** A piece that only says whom the name before it speaks for: ", on behalf of the OIC", ", also on behalf of Belgium". */
    private static final Pattern FOR_WHOM = Pattern.compile("(?i)^(?:also\\s+)?on behalf of\\s+(.+)$");
    /** Words that name a group rather than states: "on behalf of the Nordic-Baltic countries", "of the OIC"; not "the United States". */
    private static final Pattern GROUP_WORDS = Pattern.compile(
            "(?i:\\b(?:countries|(?<!united\\s)(?<!federated\\s)states|group|members|nations|union|community|movement|organi[sz]ation"
                    + "|cooperation|league|council|others|observers|territories)\\b)|\\b\\p{Lu}{2,}\\b");

    /**
     * A piece of a list read for its speaker.
     *
     * @param name      the name the piece prints, "" when none ("on behalf of 3 countries" after a comma)
     * @param spokenFor whom it speaks for, or null
     * @param declared  the speaker and the count it declares, or null
     */
    record Piece(String name, String spokenFor, ParsedList.OnBehalfOf declared) {
    }

    private static final int LONGEST = 1_000;

    private SpokenFor() {
    }

    /** @param nameBefore the name printed before the piece on its line, the speaker of ", on behalf of 3 countries" */
    static Piece read(String piece, Supplier<String> nameBefore) {
        if (!mentionsBehalf(piece)) {
            return new Piece(piece, null, null);
        }
        var name = piece;
        String spokenFor = null;
        ParsedList.OnBehalfOf declared = null;
        var count = ON_BEHALF.matcher(name);
        if (count.matches()) {
            var speaker = speaker(count.group(1));
            declared = new ParsedList.OnBehalfOf(speaker == null ? nameBefore.get() : speaker, Integer.parseInt(count.group(3)),
                    count.group(2) != null);
            name = speaker == null ? "" : speaker;
            // "on behalf of 18 EU Member States and Norway": Norway signs too.
            spokenFor = count.group(4);
        }
        var inParentheses = SPEAKS_FOR_IN_PARENTHESES.matcher(name);
        if (inParentheses.matches()) {
            name = inParentheses.group(1) + " " + inParentheses.group(2);
        }
        var forWhom = FOR_WHOM.matcher(name);
        if (forWhom.matches()) {
            // ", also on behalf of Belgium" after a name: whom the name before speaks for.
            name = "";
            spokenFor = forWhom.group(1);
        }
        var speaksFor = SPEAKS_FOR.matcher(name);
        if (speaksFor.matches() && !SignatoryListParser.clean(speaksFor.group(1)).isEmpty()
                && !speaksFor.group(1).strip().equalsIgnoreCase("also")) {
            // "Joint statement on behalf of Human Rights Watch and Amnesty International": no speaker.
            var speaker = speaker(speaksFor.group(1));
            name = speaker == null ? "" : speaker;
            spokenFor = speaksFor.group(2);
        }
        return new Piece(name, spokenFor, declared);
    }

    /** The speaker and count an introduction declares ("Delivered by Canada on behalf of 44 countries:"), or null. */
    static ParsedList.OnBehalfOf declaredIn(String introduction) {
        var count = ON_BEHALF.matcher(introduction.strip());
        return mentionsBehalf(introduction) && count.matches()
                ? new ParsedList.OnBehalfOf(speaker(count.group(1)), Integer.parseInt(count.group(3)), count.group(2) != null)
                : null;
    }

    /** Whether a line says who speaks for whom: a list's line, never its title. */
    static boolean says(String line) {
        return mentionsBehalf(line) && (ON_BEHALF.matcher(line).matches() || SPEAKS_FOR.matcher(line).matches());
    }

    /**
     * The patterns here backtrack over a long text; only a text that says "on behalf of", of the length of
     * a line that does, is worth their time.
     */
    private static boolean mentionsBehalf(String text) {
        return text.length() <= LONGEST && text.toLowerCase(Locale.ROOT).contains("on behalf of");
    }

    /**
     * Whether a name spoken for names a group rather than an actor ("the OIC", "the Nordic countries",
     * "the candidate countries", "others"), for the resolver to drop when it matches no actor.
     */
    static boolean namesAGroup(String text) {
        return GROUP_WORDS.matcher(text).find();
    }

    /** The state or organisation that delivers a statement, or null when the text names none ("Joint statement", "speaking"). */
    private static String speaker(String text) {
        var speaker = SignatoryListParser.clean(text.replaceFirst("(?i)(?:^|\\s+)speaking$", ""));
        if (speaker.isEmpty() || NOT_A_SPEAKER.matcher(speaker).matches()) {
            return null;
        }
        var envoy = ENVOY.matcher(speaker);
        return envoy.matches() ? SignatoryListParser.clean(envoy.group(1)) : speaker;
    }
}
