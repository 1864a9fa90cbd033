package org.coalitiongraph.resolve;

import java.util.List;

import org.coalitiongraph.actor.ActorKind;

/**
 * One name of a signatory list with what it resolved to.
 *
 * @param text       the name as printed, without list punctuation and marker
 * @param marker     its footnote marker, or null
 * @param line       its line in the text, from 1
 * @param status     matched, new organisation, ambiguous, unknown, or no signatory (a group, a place)
 * @param kind       the kind of actor it was matched as (or would be created as)
 * @param actorId    the actor it names (for a new organisation, the id it gets)
 * @param matchedBy  how it matched, for MATCHED
 * @param matched    the name, alias or code it matched
 * @param candidates for AMBIGUOUS and UNKNOWN, the actors that come closest
 * @param repeats    the line of an earlier name of the same list that names the same actor, or null
 */
public record ResolvedItem(String text, String marker, int line, ItemStatus status, ActorKind kind, String actorId,
        MatchKind matchedBy, String matched, List<String> candidates, Integer repeats) {

    /** A piece of the list that names no actor as printed: a problem to report, or no signatory (a person, a place). */
    static ResolvedItem unmatched(ListItem piece, ItemStatus status, ActorKind kind, List<String> candidates) {
        return new ResolvedItem(piece.text(), piece.marker(), piece.line(), status, kind, null, null, null, candidates, null);
    }

    public boolean isProblem() {
        return status == ItemStatus.AMBIGUOUS || status == ItemStatus.UNKNOWN;
    }

    /** For reports: "line 3, 'Nigera': AMBIGUOUS, candidates state:NER, state:NGA". */
    public String problem() {
        return "line " + line + ", '" + text + "': " + status + (candidates.isEmpty() ? ""
                : ", candidates " + String.join(", ", candidates));
    }

    /** The name read as no signatory: a group spoken for, or a place. */
    ResolvedItem as(ItemStatus noSignature) {
        return new ResolvedItem(text, marker, line, noSignature, kind, null, null, null, List.of(), repeats);
    }

    ResolvedItem repeating(int earlierLine) {
        return new ResolvedItem(text, marker, line, status, kind, actorId, matchedBy, matched, candidates, earlierLine);
    }
}
