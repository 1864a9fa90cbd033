package org.coalitiongraph.resolve;

import java.util.List;

/**
 * A resolver's answer for one name: a state or an organisation.
 *
 * @param input      the name as given
 * @param status     resolved, ambiguous or unknown
 * @param id         the record, when resolved
 * @param matchedBy  how it matched, when resolved
 * @param matched    the name, alias or code it matched, as the reference data writes it
 * @param candidates for ambiguous and unknown names, the records that come closest, best first
 */
public record NameMatch(String input, ResolutionStatus status, String id, MatchKind matchedBy, String matched,
        List<String> candidates) {

    static NameMatch resolved(String input, String id, MatchKind kind, String matched) {
        return new NameMatch(input, ResolutionStatus.RESOLVED, id, kind, matched, List.of());
    }

    static NameMatch ambiguous(String input, List<String> candidates) {
        return new NameMatch(input, ResolutionStatus.AMBIGUOUS, null, null, null, List.copyOf(candidates));
    }

    static NameMatch unknown(String input, List<String> candidates) {
        return new NameMatch(input, ResolutionStatus.UNKNOWN, null, null, null, List.copyOf(candidates));
    }

    public boolean isResolved() {
        return status == ResolutionStatus.RESOLVED;
    }

    NameMatch forInput(String other) {
        return new NameMatch(other, status, id, matchedBy, matched, candidates);
    }
}
