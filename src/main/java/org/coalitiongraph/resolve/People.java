package org.coalitiongraph.resolve;

import java.util.regex.Pattern;

/**
 * People in a list of organisations, which must not become organisations: "Dr. Samuel Okafor (University
 * of Lagos)", "Ana Ruiz (in a personal capacity)", and a signature block's name above its title
 * ("Kenneth Roth / Executive Director / Human Rights Watch": the organisation signs).
 */
final class People {

    /** "Dr.", "Prof.", "Judge (ret.)": a title before a person's name, not before an organisation's. */
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Judge|Hon|Rev|Sir|Dame|Senator|Rabbi|Imam|Bishop|Sheikh)\\.?(?:\\s*\\(ret(?:ired|\\.)?\\))?"
                    + "\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}(?:\\s*\\([^()]*\\))?$");
    /** "Dr. Denis Mukwege Foundation" is an organisation. */
    private static final Pattern ORGANISATION_WORD = Pattern.compile("(?i)\\b(?:foundation|institute|centre|center|association|society|fund"
            + "|trust|network|council|committee|campaign|coalition|alliance|project|initiative|group|union|clinic|hospital|memorial"
            + "|organi[sz]ation|mission|programme|program|forum|movement|watch|rights|charity|solidarity|league|federation|commission"
            + "|international|housing|children|school|university|college|academy|church|mosque|press|media|service|services)\\b");
    /** "Jane Roe", "Nomvula Dlamini": two to four capitalised words, as a person's name is printed. */
    private static final Pattern PERSONAL_NAME = Pattern.compile("^\\p{Lu}[\\p{L}'.-]+(?:\\s+\\p{Lu}[\\p{L}'.-]*){1,3}$");
    private static final Pattern PERSONAL_CAPACITY = Pattern.compile("(?i)\\(\\s*(?:signing\\s+)?(?:in\\s+(?:a|an|her|his|their|my)?\\s*)?"
            + "(?:personal|individual|own)\\s+capacity\\s*\\)\\s*$");
    private static final String TITLE = "(?:(?:executive|managing|programme|program|deputy|regional|country|legal|advocacy|research|policy"
            + "|communications|founding|senior|general|associate|assistant)\\s+)*(?:director|president|vice[- ]president|chair(?:person|man"
            + "|woman)?|co-?chair|secretary[- ]general|secretary|co-?ordinator|founder|co-?founder|ceo|head|officer|manager|adviser|advisor"
            + "|counsel|spokesperson|trustee|executive\\s+secretary)(?:\\s+(?:of|at)\\s+(?:the\\s+)?\\p{L}+(?:\\s+\\p{L}+){0,4})?";
    /** "Executive Director", "President of the Board": a person's title, alone on its line. */
    private static final Pattern JOB_TITLE = Pattern.compile("(?i)^" + TITLE + "$");
    /** "Executive Director of Human Rights Watch": the organisation a title names. */
    private static final Pattern TITLE_OF = Pattern.compile("(?i)\\s(?:of|at)\\s+(?:the\\s+)?(.+)$");
    /** "Li Wen (Programme Director)": a name with its title. */
    private static final Pattern NAME_WITH_TITLE = Pattern.compile("(?i)^\\p{L}[\\p{L}.' -]{1,60}\\(\\s*" + TITLE + "\\s*\\)$");

    /** "journalist", "human rights lawyer": what a person does, printed after their name. */
    private static final Pattern PROFESSION = Pattern.compile("(?i)^(?:independent\\s+|freelance\\s+|human\\s+rights\\s+)?(?:journalist"
            + "|lawyer|attorney|advocate|researcher|activist|defender|academic|scholar|writer|author|student|consultant|expert|professor"
            + "|lecturer|doctor|physician|artist|film-?maker|photographer|priest|pastor)$");

    /** "Okafor", "O'Brien", "Müller-Lüdenscheidt": a surname printed before the given name. */
    private static final Pattern SURNAME = Pattern.compile("^\\p{Lu}(?:\\p{Ll}|'\\p{Lu})[\\p{L}'-]*$");
    /**
     * "Samuel (lawyer, Lagos)", "Marek – Helsinki Foundation for Human Rights (personal capacity)": after the surname's comma,
     * one given name ("Viasna, Ales Bialiatski (human rights defender)" is an organisation and a person), then what the
     * person does in parentheses or where they work.
     */
    private static final Pattern GIVEN_NAMES = Pattern.compile("^\\p{Lu}[\\p{L}'-]+(?:\\s*\\(([^,()]+)(?:,[^()]*)?\\)"
            + "|\\s+[-\u2013\u2014]\\s.*)$");

    private static final Pattern NAME_AND_NOTE = Pattern.compile("^([^()]{3,60}?)\\s*\\(([^(),]{3,40})(?:,[^()]*)?\\)$");

    private People() {
    }

    /** Whether the name is a person's: a title before it, a title or "in a personal capacity" after it. */
    static boolean isPerson(String name) {
        // A person's name with a title is short; the length also bounds the patterns' work.
        return name.length() <= 120 && (withHonorific(name) || PERSONAL_CAPACITY.matcher(name).find()
                || NAME_WITH_TITLE.matcher(name).matches() || withProfession(name));
    }

    /**
     * Whether the name is a person's who signs in their own name: a title before it or "in a personal capacity" after it,
     * and nothing else in parentheses after it ("Dr. Li Wen (Executive Director)" may sign for an organisation).
     */
    static boolean signsInOwnName(String name) {
        return name.length() <= 120 && (withHonorific(name) && !name.endsWith(")") || PERSONAL_CAPACITY.matcher(name).find());
    }

    /** "Dr. Jane Roe", not "Dr. Denis Mukwege Foundation": a person's name after a title. */
    private static boolean withHonorific(String name) {
        return HONORIFIC.matcher(name).matches() && !ORGANISATION_WORD.matcher(name).find();
    }

    /**
     * Whether a line's two pieces are a person printed surname first: "Okafor, Samuel (lawyer, Lagos)", "Nowak, Marek –
     * Helsinki Foundation for Human Rights (personal capacity)". Without the note ("Becker, Thomas") it may as well be an
     * organisation and its town.
     */
    static boolean isSurnameFirst(String surname, String rest) {
        if (rest.length() > 120 || !SURNAME.matcher(surname).matches() || ORGANISATION_WORD.matcher(surname).find()) {
            return false;
        }
        var given = GIVEN_NAMES.matcher(rest);
        return given.matches() && (given.group(1) != null ? isProfession(given.group(1).strip()) : PERSONAL_CAPACITY.matcher(rest).find());
    }

    /** "Ales Bialiatski (human rights defender)", "Jane Roe (lawyer, Nairobi)": a person's name and what they do. */
    private static boolean withProfession(String name) {
        var noted = NAME_AND_NOTE.matcher(name);
        return noted.matches() && looksLikeAName(noted.group(1).strip()) && isProfession(noted.group(2).strip());
    }

    /** Whether the text says what a person does: "journalist", "human rights defender". */
    static boolean isProfession(String text) {
        return text.length() <= 40 && PROFESSION.matcher(text).matches();
    }

    /** Whether the text reads as a person's name, not an organisation's: "Jane Roe", not "Justice for All". */
    static boolean looksLikeAName(String text) {
        return text.length() <= 60 && PERSONAL_NAME.matcher(text).matches() && !ORGANISATION_WORD.matcher(text).find();
    }

    /** The organisation a title names ("Executive Director of Human Rights Watch"), or null. */
    static String organisationInTitle(String title) {
        var named = TITLE_OF.matcher(title);
        return isJobTitle(title) && named.find() ? named.group(1).strip() : null;
    }

    /** Whether the text is a person's title, the line of a signature block under their name. */
    static boolean isJobTitle(String text) {
        return text.length() <= 80 && JOB_TITLE.matcher(text).matches();
    }
}
