package org.coalitiongraph.resolve;

import java.util.regex.Pattern;

/**
 * What a list says beside a name about its signature, none of it part of the name: a sign-on tracker's check boxes
 * ("[x] Amnesty International" confirmed, "[ ] Freedom House" not yet) and struck names ("~~Safeguard Defenders~~"), as
 * Markdown pastes them; notes of when a signatory joined ("Ghana [added 12 March 2025]", "Panama (joined 14 March)") and
 * of signatures withdrawn, declined or still awaited ("Safeguard Defenders (withdrew 10 May)", "HRW — awaiting sign-off").
 */
final class SignatureMarks {

    private static final Pattern CHECK_BOX = Pattern.compile("^\\[([ xX])\\]\\s+");
    private static final Pattern STRUCK = Pattern.compile("~~(?=\\S)([^~]+?)(?<=\\S)~~");
    private static final Pattern JOINED = Pattern.compile("(?i)\\s*[\\[(]\\s*(?:added|joined|signed|endorsed|co-?sponsored|since|as\\s+of)\\b"
            + "[^\\[\\]()]{0,60}[\\])]$");
    private static final Pattern NOT_SIGNED = Pattern.compile("(?i)(?:\\s*[\\[(]\\s*|\\s+[-\u2013\u2014]\\s+)(?:withdr[ae]wn?|withdrew|removed"
            + "|declined|pending|awaiting|to\\s+be\\s+confirmed|tbc|not\\s+(?:yet\\s+)?(?:confirmed|signed))\\b[^\\[\\]()]{0,60}[\\])]?$");

    private SignatureMarks() {
    }

    /** Whether the item is not signed (yet): an empty check box, the name struck through, or a note that says so. */
    static boolean notSigned(String item) {
        var box = CHECK_BOX.matcher(item);
        return box.lookingAt() && box.group(1).equals(" ") || item.startsWith("~~") && STRUCK.matcher(item).lookingAt()
                || item.length() <= 200 && NOT_SIGNED.matcher(item).find();
    }

    /** The item without its check box, strike-through marks and a note of when it joined. */
    static String withoutMarks(String item) {
        var text = STRUCK.matcher(CHECK_BOX.matcher(item).replaceFirst("")).replaceAll("$1");
        return text.length() <= 200 ? JOINED.matcher(text).replaceFirst("") : text;
    }
}
