package org.coalitiongraph.resolve;

/**
 * One name of a printed signatory list, as the parser cut it out.
 *
 * @param text   the name without list punctuation, conjunctions or footnote marker
 * @param marker the footnote marker printed with it ("*"), or null
 * @param line   the line of the text it stands on, from 1
 */
public record ListItem(String text, String marker, int line) {
}
