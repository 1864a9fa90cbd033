package org.coalitiongraph.resolve;

/** How a name was matched, from the surest to the least sure. */
public enum MatchKind {
    /** An ISO 3166 alpha-3 or alpha-2 code written in capitals. */
    CODE,
    /** The record's name, after normalisation. */
    NAME,
    /** The record's formal name (states) or acronym (organisations). */
    FORMAL_NAME,
    /** One of the record's aliases. */
    ALIAS,
    /** The record's name in French or Spanish ("Allemagne", "Alemania"). */
    TRANSLATION,
    /** A name or alias with its words in another order ("Congo DR"). */
    WORD_ORDER,
    /** The first or last words of a name ("Bosnia", "Herzegovina") and of no other record's. */
    PARTIAL,
    /** A name or alias misspelt by one edit (two for long names), with no other record about as close. */
    TYPO
}
