package org.coalitiongraph.resolve;

import java.util.List;

import org.coalitiongraph.actor.ActorKind;

/**
 * What one name given for an actor (a signatory or voter of an import) resolved to.
 *
 * @param input      the name as given
 * @param kind       the kind of actor it was resolved as (or is created as)
 * @param status     MATCHED, NEW_ORGANISATION, AMBIGUOUS or UNKNOWN
 * @param actorId    the actor, or for a new organisation the id it gets
 * @param matchedBy  how it matched, when MATCHED
 * @param matched    the name, alias or code it matched
 * @param candidates for AMBIGUOUS and UNKNOWN names, the actors that come closest, best first
 */
public record ActorName(String input, ActorKind kind, ItemStatus status, String actorId, MatchKind matchedBy,
        String matched, List<String> candidates) {

    public ActorName {
        candidates = List.copyOf(candidates);
    }

    public boolean isProblem() {
        return status == ItemStatus.AMBIGUOUS || status == ItemStatus.UNKNOWN;
    }

    /** Why it stops an import: "'Korea' is AMBIGUOUS: state:KOR, state:PRK". */
    public String problem() {
        var what = kind == ActorKind.ORGANISATION ? "organisation" : "state";
        if (status == ItemStatus.AMBIGUOUS) {
            return "'" + input + "' is AMBIGUOUS: " + String.join(", ", candidates);
        }
        return "'" + input + "' is UNKNOWN: no " + what + " fits" + (candidates.isEmpty() ? ""
                : " well enough; closest " + String.join(", ", candidates));
    }
}
