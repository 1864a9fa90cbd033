package org.coalitiongraph.resolve;

import java.util.List;
import java.util.stream.Collectors;

import org.coalitiongraph.actor.ActorKind;

/**
 * In a list of a name a line, a person's line from the person on: a name with a title before it ("Prof.", "Judge
 * (ret.)") or "in a personal capacity" after it, then where they work and, third, where they are; or a surname, then the
 * given name with what the person does ("Okafor, Samuel (lawyer, Lagos)"). A name followed by
 * what they do ("Ana María Ruiz, journalist, Colombia") is reported: "Progressive Voice, Researcher" may be an
 * organisation and its signer's role. No person's line where the line may sign for an organisation: a known one after
 * the name ("Dr. Jane Roe, Human Rights Watch"), a job title ("…, Executive Director, …", "Dr. Li Wen (Executive
 * Director)"), "on behalf of", or more pieces than a person's line holds.
 */
final class PersonLines {

    private final StateIndex states;
    private final OrganisationIndex organisations;

    PersonLines(StateIndex states, OrganisationIndex organisations) {
        this.states = states;
        this.organisations = organisations;
    }

    /** A person's line: how many pieces it holds, and PERSON, or UNKNOWN where it only looks like one. */
    record PersonLine(int pieces, ItemStatus status) {

        /** The line as one item: none of it signs. */
        ResolvedItem item(List<ListItem> list, int at) {
            var first = list.get(at);
            var text = list.subList(at, at + pieces).stream().map(ListItem::text).collect(Collectors.joining(", "));
            return new ResolvedItem(text, first.marker(), first.line(), status, status == ItemStatus.UNKNOWN ? ActorKind.ORGANISATION : null,
                    null, null, null, List.of(), null);
        }
    }

    /** The person's line that starts at the piece, or null. */
    PersonLine at(List<ListItem> pieces, int at) {
        var piece = pieces.get(at);
        if (at > 0 && pieces.get(at - 1).line() == piece.line()) {
            return null;
        }
        int end = at + 1;
        while (end < pieces.size() && pieces.get(end).line() == piece.line()) {
            end++;
        }
        var after = pieces.subList(at + 1, end);
        if (after.isEmpty() || after.size() > 2 || after.stream().anyMatch(next -> next.spokenFor() || People.isJobTitle(next.text())
                || organisations.exact(next.text()).isResolved())) {
            return null;
        }
        if (after.size() == 1 && People.isSurnameFirst(piece.text(), after.getFirst().text()) && !states.exact(piece.text()).isResolved()
                && !organisations.exact(piece.text()).isResolved()) {
            return new PersonLine(2, ItemStatus.PERSON);
        }
        var where = after.getLast().text();
        if (after.size() == 2 && !states.exact(where).isResolved() && !PlacesAfterNames.isTown(where, states, organisations)) {
            return null;
        }
        if (People.signsInOwnName(piece.text())) {
            return new PersonLine(after.size() + 1, ItemStatus.PERSON);
        }
        return People.looksLikeAName(piece.text()) && People.isProfession(after.getFirst().text())
                ? new PersonLine(after.size() + 1, ItemStatus.UNKNOWN) : null;
    }
}
