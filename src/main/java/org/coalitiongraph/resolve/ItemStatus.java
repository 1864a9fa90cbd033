package org.coalitiongraph.resolve;

/** What became of one name of a signatory list. */
public enum ItemStatus {
    /** It names an actor already in the graph. */
    MATCHED,
    /** Nothing matched it: it becomes a new organisation. */
    NEW_ORGANISATION,
    /** Several actors fit; nothing is written until the list says which. */
    AMBIGUOUS,
    /** No state fits well enough (states are never created from a list). */
    UNKNOWN,
    /** A group a speaker speaks for ("on behalf of the OIC", "… and Benelux"): no actor, no signature. */
    GROUP,
    /** Where the organisation before it is based ("Uyghur Human Rights Project, USA"): no signature. */
    PLACE,
    /** A person signing in their own name, under a heading such as "Individual signatories": no actor, no signature. */
    PERSON,
    /** A row of a table whose status says it did not sign ("Mexico, No" under "Signed", "Withdrawn"): no signature. */
    NOT_SIGNED;

    /** Whether the name signs: it names an actor, or one the import creates. */
    public boolean signs() {
        return this == MATCHED || this == NEW_ORGANISATION;
    }
}
