package org.coalitiongraph.resolve;

/**
 * One name of a printed signatory list, as the parser cut it out.
 *
 * @param text   the name without list punctuation, conjunctions or footnote marker
 * @param marker the footnote marker printed with it ("*"), or null
 * @param line   the line of the text it stands on, from 1
 * @param open   whether it ends its line without a separator, so that the name may go on at the start
 *               of the next line (lists copied from PDFs wrap "Papua New / Guinea")
 */
public record ListItem(String text, String marker, int line, boolean open) {

    public ListItem(String text, String marker, int line) {
        this(text, marker, line, false);
    }
}
