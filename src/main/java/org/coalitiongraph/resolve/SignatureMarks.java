package org.coalitiongraph.resolve;

import java.util.regex.Pattern;

/**
 * What a list says beside a name about its signature, none of it part of the name: a sign-on tracker's check boxes and
 * crosses ("[x] Amnesty International" confirmed, "[ ] Freedom House" or "❌ Freedom House" not) and struck names
 * ("~~Safeguard Defenders~~"), as Markdown and chats paste them; notes of when a signatory joined ("Ghana [added 12 March
 * 2025]") and of a signature withdrawn or awaited ("Safeguard Defenders (withdrew 10 May)", "HRW — awaiting sign-off").
 * A note that says more than that ("(since withdrawn)", "(joined by Iceland and Norway)", "(awaiting logo)") is left in
 * the name, for the reader.
 */
final class SignatureMarks {

    private static final String DATE = "(?:\\d{1,2}\\s+\\p{L}{3,9}\\.?(?:\\s+\\d{4})?|\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})";
    private static final Pattern CHECK_BOX = Pattern.compile("^(?:\\[([ xX])\\]|([\u2610\u2717\u2718\u274c\u274e]))\\s*");
    private static final Pattern STRUCK = Pattern.compile("~~(?=\\S)([^~]+?)(?<=\\S)~~");
    private static final Pattern JOINED = Pattern.compile("(?i)\\s*[\\[(]\\s*(?:added|joined|signed|endorsed|co-?sponsored|since|as\\s+of)"
            + "(?:\\s+on)?\\s+(?:" + DATE + "|later)\\s*[\\])]$");
    private static final Pattern NOT_SIGNED = Pattern.compile("(?i)(?:\\s*[\\[(]\\s*|\\s+[-\u2013\u2014]\\s+)(?:withdr[ae]wn?|withdrew|removed"
            + "|declined|pending|awaiting|not\\s+(?:yet\\s+)?(?:confirmed|signed))(?:\\s+(?:on\\s+)?" + DATE
            + "|\\s+(?:sign-?off|confirmation|approval|signature))?\\s*[\\])]?$");
    /** "(since withdrawn)", "(added in error)", "(endorsed in principle, not yet signed)": a note that doubts the signature. */
    private static final Pattern DOUBTS = Pattern.compile("(?i)[\\[(][^\\[\\]()]*\\b(?:withdr\\w*|declined|removed|in\\s+error|not\\s+yet"
            + "|pending|awaiting|until|joined\\s+by)\\b[^\\[\\]()]*[\\])]");

    private SignatureMarks() {
    }

    /** "[ ] Freedom House, United States", "❌ Freedom House": the line's box left empty, or crossed. */
    static boolean uncheckedBox(String item) {
        var box = CHECK_BOX.matcher(item);
        return box.lookingAt() && !"x".equalsIgnoreCase(box.group(1));
    }

    /** "~~Safeguard Defenders~~": a name struck through. */
    static boolean struck(String item) {
        return item.startsWith("~~") && STRUCK.matcher(item).lookingAt();
    }

    /** A note after a name alone on its line that says it did not sign: "(withdrew 10 May)", "– awaiting sign-off". */
    static boolean notSignedNote(String item) {
        return item.length() <= 200 && NOT_SIGNED.matcher(item).find();
    }

    /** A note in the name that doubts its signature: the name is reported, not signed nor made an organisation. */
    static boolean doubtsTheSignature(String name) {
        return name.length() <= 300 && DOUBTS.matcher(name).find();
    }

    /** The item without its check box, strike-through marks and a note of when it joined. */
    static String withoutMarks(String item) {
        var text = STRUCK.matcher(CHECK_BOX.matcher(item).replaceFirst("")).replaceAll("$1");
        return text.length() <= 200 ? JOINED.matcher(text).replaceFirst("") : text;
    }
}
