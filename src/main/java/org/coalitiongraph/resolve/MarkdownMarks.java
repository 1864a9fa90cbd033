package org.coalitiongraph.resolve;

import java.util.regex.Pattern;

/**
 * What a sign-on tracker pasted from Markdown (an issue tracker, a chat, a notes app) says of each name: check boxes
 * ("[x] Amnesty International" confirmed, "[ ] Freedom House" not yet) and struck names ("~~Safeguard Defenders~~
 * (withdrew)"). Headings, links and emphasis are the pasted text's ({@link PastedText}).
 */
final class MarkdownMarks {

    private static final Pattern CHECK_BOX = Pattern.compile("^\\[([ xX])\\]\\s+");
    private static final Pattern STRUCK = Pattern.compile("~~(?=\\S)([^~]+?)(?<=\\S)~~");

    private MarkdownMarks() {
    }

    /** Whether the item is not signed (yet): an empty check box, or the name struck through. */
    static boolean notSigned(String item) {
        var box = CHECK_BOX.matcher(item);
        return box.lookingAt() && box.group(1).equals(" ") || item.startsWith("~~") && STRUCK.matcher(item).lookingAt();
    }

    /** The item without its check box and strike-through marks. */
    static String withoutMarks(String item) {
        return STRUCK.matcher(CHECK_BOX.matcher(item).replaceFirst("")).replaceAll("$1");
    }
}
