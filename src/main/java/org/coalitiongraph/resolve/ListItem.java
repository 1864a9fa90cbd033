package org.coalitiongraph.resolve;

/**
 * One name of a printed signatory list, as the parser cut it out.
 *
 * @param text      the name without list punctuation, conjunctions or footnote marker
 * @param marker    the footnote marker printed with it ("*"), or null
 * @param line      the line of the text it stands on, from 1
 * @param open      whether it ends its line without a separator, so that the name may go on at the start
 *                  of the next line (lists copied from PDFs wrap "Papua New / Guinea")
 * @param spokenFor whether it is printed only as whom a speaker speaks for ("on behalf of Y and Z", "on
 *                  behalf of the OIC"): a signatory when it names one, nothing when it names a group
 * @param entry     in a line whose semicolons separate entries that hold commas ("Name, with commas, Country; …"),
 *                  which of them it is part of, from 1; 0 elsewhere
 */
public record ListItem(String text, String marker, int line, boolean open, boolean spokenFor, int entry) {

    public ListItem(String text, String marker, int line, boolean open, boolean spokenFor) {
        this(text, marker, line, open, spokenFor, 0);
    }

    public ListItem(String text, String marker, int line) {
        this(text, marker, line, false, false);
    }
}
