package org.coalitiongraph.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coalitiongraph.actor.ActorKind;

/**
 * Resolves names given one by one for actors (as an import's signatories and voters give them),
 * against states and organisations: a state must be matched, never created; an organisation that
 * matches nothing becomes a new one, with an id from its name, once per import however often it
 * is named. Unlike a printed list, a given name is never split at "and" nor joined with the next.
 */
public final class ActorNames {

    private final StateIndex states;
    private final OrganisationIndex organisations;
    private final Set<String> takenIds;
    /** Names of new organisations by key → the id each got, so that one name gives one organisation. */
    private final Map<String, String> created = new HashMap<>();

    /** @param takenIds ids already in use, which a new organisation must not get */
    public ActorNames(StateIndex states, OrganisationIndex organisations, Set<String> takenIds) {
        this.states = states;
        this.organisations = organisations;
        this.takenIds = new HashSet<>(takenIds);
    }

    /**
     * What most names of a list are, as a printed list's kind is judged: states when more of them
     * match states than organisations.
     *
     * @param known how many of the list are known to be states and organisations already (given by
     *              id or with their kind), counted with the names
     */
    public ActorKind likelyKind(List<String> names, int knownStates, int knownOrganisations) {
        int asStates = knownStates;
        int asOrganisations = knownOrganisations;
        for (var name : names) {
            var text = SignatoryListParser.clean(name);
            asStates += states.match(text).isResolved() ? 1 : 0;
            asOrganisations += organisations.match(text).isResolved() ? 1 : 0;
        }
        return asStates > asOrganisations ? ActorKind.STATE : ActorKind.ORGANISATION;
    }

    /**
     * @param kind      the kind the name is given as, or judged to be; a name of the other kind still
     *                  matches when it is exactly one of that kind's names (a state in a list of organisations)
     * @param kindGiven whether the kind was given rather than judged: a name of a judged kind becomes a new
     *                  organisation only when it fits no state either, so that "Korea" in a list of
     *                  organisations is AMBIGUOUS, not a new organisation called Korea
     */
    public ActorName resolve(String name, ActorKind kind, boolean kindGiven) {
        var text = SignatoryListParser.clean(name);
        var own = kind == ActorKind.STATE ? states.match(text) : organisations.match(text);
        if (own.isResolved()) {
            return matched(name, kind, own);
        }
        var other = kind == ActorKind.STATE ? organisations.exact(text) : states.exact(text);
        if (other.isResolved()) {
            return matched(name, kind == ActorKind.STATE ? ActorKind.ORGANISATION : ActorKind.STATE, other);
        }
        if (kind == ActorKind.ORGANISATION && !kindGiven && own.status() == ResolutionStatus.UNKNOWN) {
            var asState = states.match(text);
            if (asState.isResolved()) {
                return matched(name, ActorKind.STATE, asState);
            }
            if (asState.status() == ResolutionStatus.AMBIGUOUS) {
                return new ActorName(name, ActorKind.STATE, ItemStatus.AMBIGUOUS, null, null, null, asState.candidates());
            }
        }
        if (kind == ActorKind.ORGANISATION && own.status() == ResolutionStatus.UNKNOWN && !Names.key(text).isEmpty()) {
            var id = created.computeIfAbsent(Names.key(OrganisationIndex.nameAndAcronym(text)[0]),
                    key -> OrganisationIds.newId(text, takenIds));
            return new ActorName(name, kind, ItemStatus.NEW_ORGANISATION, id, null, null, own.candidates());
        }
        var status = own.status() == ResolutionStatus.AMBIGUOUS ? ItemStatus.AMBIGUOUS : ItemStatus.UNKNOWN;
        return new ActorName(name, kind, status, null, null, null, own.candidates());
    }

    private static ActorName matched(String name, ActorKind kind, NameMatch match) {
        return new ActorName(name, kind, ItemStatus.MATCHED, match.id(), match.matchedBy(), match.matched(), List.of());
    }
}
