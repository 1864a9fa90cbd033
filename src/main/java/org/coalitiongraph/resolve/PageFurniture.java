package org.coalitiongraph.resolve;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that pages print around and inside a list and that name no one: page numbers and UN
 * documents' running heads and feet, a web page's buttons and dates, a letter's contact lines and
 * sign-off. Whole lines only: "Yes" alone is a spreadsheet's cell, never part of a name.
 */
final class PageFurniture {

    private static final Pattern SYMBOL = Pattern.compile("^(?:United Nations\\s+)?(?=[A-Z]{1,5}/\\S*\\d)[A-Z]{1,5}(?:/[A-Za-z0-9.\\-]+){2,}$");
    /** "52/… Situation of human rights in Belarus": the title of a resolution, under its sponsors ("50/50 Group" is a name). */
    private static final Pattern RESOLUTION_TITLE = Pattern.compile("^\\d{1,3}/(?:\\d{1,3}|\u2026|\\.\\.\\.)\\s+\\p{Lu}.*$");
    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final List<Pattern> LINES = List.of(
            // "A/HRC/52/L.2", "A/C.3/77/L.33/Rev.1": a UN document's symbol, with its session's number ("FIDH/OMCT/ICJ" is none).
            SYMBOL,
            // "2", "- 2 -", "Page 2 of 3", "2/3".
            Pattern.compile("(?i)^(?:page\\s+)?[-\u2013\u2014]?\\s*\\d{1,4}\\s*[-\u2013\u2014]?(?:\\s*(?:of|/)\\s*\\d{1,4})?$"),
            // "GE.21-08912(E)", "21-08912 (E) 210621 210621", "*2108912*": a UN document's job number and barcode.
            Pattern.compile("^(?:[A-Z]{2}\\.)?\\d{2}-\\d{5}\\s*\\([A-Z]\\)(?:\\s+\\d{6}){0,2}$"),
            Pattern.compile("^\\*\\d{6,8}\\*$"),
            // A UN document's head: "Distr.: Limited", "Original: English", "Agenda item 4", "Forty-seventh session".
            Pattern.compile("(?i)^(?:.*\\s)?distr\\.?\\s*:?\\s*(?:general|limited|restricted)\\b.*$"),
            Pattern.compile("(?i)^original\\s*:\\s*(?:english|french|spanish|arabic|chinese|russian)\\b.*$"),
            Pattern.compile("(?i)^(?:provisional\\s+)?agenda\\s+items?\\s+\\d+.*$"),
            Pattern.compile("(?i)^[\\p{L}-]+\\s+(?:special\\s+|regular\\s+)?session$"),
            // "21 June–13 July 2021", "14–16 June 2021": a session's dates.
            Pattern.compile("(?i)^\\d{1,2}(?:\\s+" + MONTH + ")?\\s*[-\u2013\u2014]\\s*\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}$"),
            Pattern.compile("(?i)^(?:united\\s+nations\\s+)?(?:general\\s+assembly|human\\s+rights\\s+council|security\\s+council)$"),
            // A web page's buttons and dates.
            // Not Facebook or Twitter, which sign as companies; not "NO", Norway's code.
            Pattern.compile("(?i)^(?:share(?:\\s+this(?:\\s+page)?)?|print(?:\\s+this\\s+page)?|e-?mail|tweet"
                    + "|back\\s+to\\s+top|top\\s+of\\s+(?:the\\s+)?page|is\\s+this\\s+page\\s+useful\\??|(?-i:Yes|No|yes|no)"
                    + "|report\\s+a\\s+problem(?:\\s+(?:on|with)\\s+this\\s+page)?|read\\s+more|media\\s+release|press\\s+release"
                    + "|news\\s+release|published|(?:date\\s+modified|last\\s+updated|updated|published)\\s*:.*"
                    + "|download\\b[^()]*\\((?:pdf|docx?|odt)\\b[^()]*\\)"
                    + "|skip\\s+to\\s+(?:main\\s+)?content|donate(?:\\s+now)?|share\\s+(?:this\\s+)?(?:via|on)\\s+[\\p{L}.]+|follow\\s+us(?:\\s+on\\s+[\\p{L}.]+)?"
                    + "|related\\s+(?:content|articles|news|stories|links)|sign\\s+up\\s+(?:for|to)\\s+our\\s+newsletter"
                    + "|subscribe(?:\\s+to\\s+our\\s+newsletter)?|main\\s+menu|menu|search)$"),
            // A letter's copies: "cc: Office of the High Commissioner" is sent a copy, it does not sign.
            Pattern.compile("(?i)^(?:cc|c\\.c\\.|copy\\s+to|copies\\s+to)\\s*:.*$"),
            // An e-mail's head and its quoted replies: "From: …", "Subject: …", "---------- Forwarded message ---------",
            // "On Mon, 3 Feb 2025 at 17:40, Jane Roe <jane@example.org> wrote:".
            // A "From:" line only with an address: "From: Amnesty International, Human Rights Watch" names the senders.
            Pattern.compile("(?i)^(?:(?:addressed\\s+)?to|sent|date|subject|re|fwd?)\\s*:.*$|^from\\s*:.*[@<].*$"),
            Pattern.compile("(?i)^-{2,}\\s*(?:forwarded|original)\\s+message\\s*-{2,}$"),
            Pattern.compile("(?i)^(?:>\\s*)*on\\s.{5,150}\\swrote:$"),
            // A report's reference and classification in its feet: "Index: IOR 40/1234/2025", "Amnesty International Public Document".
            Pattern.compile("(?i)^(?:(?:ai\\s+)?index|(?:our\\s+|your\\s+)?ref(?:erence)?\\.?(?:\\s+no\\.?)?)\\s*:[^:]*\\d[^:]*$"),
            Pattern.compile("(?i)^(?:amnesty\\s+international\\s+)?public\\s+document$"),
            // "Annex", "Annex II": a UN document's part, over its lists.
            Pattern.compile("(?i)^annex(?:\\s+(?:[ivx]{1,5}|\\d{1,2}))?$"),
            // A logo's file name or caption on a web page: "logo-hrw.png", "Image".
            Pattern.compile("(?i)^(?:\\S+\\.(?:png|jpe?g|gif|svg|webp)|image|logo|photo|picture)$"),
            // A letter's contact lines and sign-off.
            Pattern.compile("(?i)^(?:tel(?:ephone)?|phone|fax|mobile|e-?mail|web(?:site)?)\\s*[.:]\\s*\\S.*$"),
            Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$"),
            Pattern.compile("(?i)^(?:for\\s+(?:more|further)\\s+information|(?:press|media)\\s+contacts?)\\b.*$"),
            Pattern.compile("(?i)^(?:signed|sincerely|yours\\s+(?:sincerely|faithfully|truly)|(?:best|kind|warm)\\s+regards|regards"
                    + "|respectfully(?:\\s+yours)?)\\s*[,.]?$"));

    private PageFurniture() {
    }

    /** Whether the line is a resolution's title: in a UN document only, where "50/50 Group of Sierra Leone" is not one. */
    static boolean isResolutionTitle(String line, boolean unDocument) {
        return unDocument && line.length() <= LONGEST && RESOLUTION_TITLE.matcher(line).matches();
    }

    /** Whether the line is a UN document's symbol. */
    static boolean isSymbol(String line) {
        return line.length() <= LONGEST && SYMBOL.matcher(line).matches();
    }

    /** Furniture is short: a longer line is read as names (and no pattern here reads a long line). */
    private static final int LONGEST = 200;

    static boolean is(String line) {
        if (line.length() > LONGEST) {
            return false;
        }
        for (var pattern : LINES) {
            if (pattern.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
