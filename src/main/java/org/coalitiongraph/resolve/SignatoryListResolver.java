package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.coalitiongraph.actor.ActorKind;

/**
 * Resolves the names of a parsed signatory list against states and organisations. Where the
 * printing is ambiguous the names decide: two pieces a comma split are one name when together they
 * are exactly a known name ("René Cassin, the Jewish voice for human rights", "Korea, Republic of");
 * a piece with "and" is two names only when each part resolves ("Switzerland and the United
 * Kingdom", but not "Trinidad and Tobago"). States are never created; an organisation is, only when
 * nothing matches.
 */
public final class SignatoryListResolver {

    /** "and", and as French, Spanish and German lists write it: "Islande et Suisse", "Chile y Perú". */
    private static final Pattern AND = Pattern.compile("(?<!\\s)\\s+(?:(?i:and|&|as well as)|et|y|und)\\s+");
    private static final Pattern OTHER_LANGUAGES_AND = Pattern.compile("\\s(?:et|y|und)\\s");
    /** A group whose name has a state in it: not China and a group of 77. */
    private static final Pattern ONE_GROUP = Pattern.compile("(?i)^(?:the\\s+)?(?:group\\s+of\\s+77|g-?77)\\s+(?:and|&)\\s+china$");
    /**
     * "Name – an independent …", "Name: a coalition of …", "Name. A UK-based charity …", "Reprieve: justice for people …":
     * a description after a name.
     */
    private static final Pattern DESCRIBED = Pattern.compile("^(\\S.{1,100}?)(?:(?:\\s+[-\u2013\u2014]\\s+|\\s*:\\s+|\\.\\s+)(?:an?|the|An?)\\s+\\S"
            + "|(?:\\s+[-\u2013\u2014]\\s+|\\s*:\\s+)\\p{Ll}{2,}\\s+\\p{Ll}).*$");
    /** "(co-organiser)", "[initiating organisation]", "– convenor": the signatory's role, after its name. */
    private static final String ROLE = "(?:co-?)?(?:lead|leader|organi[sz]er|organi[sz]ing|convenor|convener|initiator|initiating|coordinator"
            + "|coordinating|host|chair|sponsor|supporting|supporter|endorsing|endorser|partner|signatory)(?:\\s+organi[sz]ations?)?";
    private static final Pattern ROLE_NOTE = Pattern.compile("(?i)^(.+?)\\s*(?:\\(" + ROLE + "\\)|\\[" + ROLE + "\\]|\\s[-–—]\\s+"
            + ROLE + ")$");
    private static final Pattern SECTION_WORDS = Pattern.compile("(?i)\\b(?:office|section|branch|chapter)\\b");
    /** A line of a name that a PDF broke after a word no name ends with. */
    private static final Pattern ENDS_UNFINISHED = Pattern.compile("(?i)\\s(?:and|&|for|of|the|on|in|to|against|de|des|du|la|pour|y|und|f\u00fcr)$");
    /** "… Bureau for Human / Rights and Rule of Law": words that go together, broken by the line's end. */
    private static final Pattern PAIR_BROKEN_AT_LINE_END = Pattern.compile("\\s(?:for|of|on|and|&)\\s+(?:Human|Civil)\\n(?:Rights|Society)\\b");
    private static final Pattern SECTION = Pattern.compile("(?i)^[\\p{L} -]*\\b(?:section|chapter|branch)\\b");
    private static final int MOST_AND_PARTS = 12;
    /** "… Forum on Women", "Coalition for Peace": a theme a name enumerates, before its comma. */
    private static final Pattern THEME_BEFORE_COMMA = Pattern.compile("\\s(?:on|for|of|against)\\s(?!All$|Everyone$)\\p{Lu}[\\p{L}'-]*$");
    private static final Pattern ONE_WORD = Pattern.compile("\\p{Lu}[\\p{L}'-]*");
    /** "Law and Development", "Development and the Rule of Law": the themes after the comma, one or two words, then "and". */
    private static final Pattern ENUMERATION_GOES_ON = Pattern.compile("\\p{Lu}[\\p{L}'-]*(?:\\s\\p{Lu}[\\p{L}'-]*)?\\s(?:and|&)\\s(?:the\\s)?\\p{Lu}");
    /** "11.11.11", a Belgian coalition: the one name without a letter that a list may print ("2023", "13:00" are none). */
    private static final Pattern DOTTED_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)+");
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}\\b");
    /** Andorra's code, which a list of codes prints in capitals: and a conjunction otherwise. */
    private static final String ANDORRA_CODE = "AND";
    private static final Set<MatchKind> BY_NAME = Set.of(MatchKind.NAME, MatchKind.FORMAL_NAME, MatchKind.ALIAS,
            MatchKind.TRANSLATION);

    private final StateIndex states;
    private final OrganisationIndex organisations;
    private final PersonLines personLines;
    private final Set<String> takenIds;
    /** The name on the line above a title, in the list being resolved ("Kenneth Roth / Executive Director"). */
    private Set<ListItem> signatureBlockNames = Set.of();
    /** The new organisations by their names' words, so that a name printed twice is one organisation. */
    private final Map<String, NewOrganisation> newOrganisations = new HashMap<>();

    private record NewOrganisation(String id, String acronym) {
    }

    /** @param takenIds ids already in the graph, which a new organisation must not get */
    public SignatoryListResolver(StateIndex states, OrganisationIndex organisations, Set<String> takenIds) {
        this.states = states;
        this.organisations = organisations;
        this.personLines = new PersonLines(states, organisations);
        this.takenIds = new HashSet<>(takenIds);
    }

    /** @param kind STATE or ORGANISATION, or null to go by what most names match */
    public ResolvedList resolve(ParsedList list, ActorKind kind) {
        var people = list.individualLines();
        var read = PlacesAfterNames.of(list.items(), people, states, organisations);
        signatureBlockNames = signatureBlockNames(list.items());
        var chosen = kind != null ? kind : inferKind(read.items().stream()
                .filter(piece -> !read.places().contains(piece) && !people.contains(piece.line())).toList());
        // Places are read in lists of organisations only: a list of states prints no places.
        var pieces = chosen == ActorKind.ORGANISATION ? read.items() : list.items();
        var places = chosen == ActorKind.ORGANISATION ? read.places() : Set.<ListItem>of();
        // "Amnesty International, London (United Kingdom)" or "Human Rights Watch, Odhikar (Bangladesh)": a town and its state,
        // or an organisation and its own? Nothing here knows towns; the reader says (they were new organisations "London (…)").
        var townsInTheirStates = chosen == ActorKind.ORGANISATION ? PlacesAfterNames.townsInTheirStates(pieces, states, organisations)
                : Set.<ListItem>of();
        if (chosen == ActorKind.ORGANISATION) {
            var entries = SemicolonEntries.of(pieces, places, states, organisations);
            pieces = entries.items();
            places = entries.places();
        }
        var unsurePlaces = chosen == ActorKind.ORGANISATION ? read.unsure() : Set.<ListItem>of();
        var items = new ArrayList<ResolvedItem>();
        boolean oneNamePerLine = oneNamePerLine(pieces);
        var countries = chosen == ActorKind.ORGANISATION ? CountryHeadings.of(pieces, states) : Set.<ListItem>of();
        for (int i = 0; i < pieces.size(); i++) {
            var piece = pieces.get(i);
            var next = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
            // "Human Rights Watch, USA" where the list does not print places throughout: the USA signing, or where HRW is?
            if (unsurePlaces.contains(piece)) {
                var state = states.exact(piece.text());
                if (state.isResolved()) {
                    items.add(ResolvedItem.unmatched(piece, ItemStatus.AMBIGUOUS, ActorKind.STATE, List.of(state.id())));
                    continue;
                }
            }
            if (list.notSignedLines().contains(piece.line()) || list.notSignedItems().contains(piece)) {
                items.add(ResolvedItem.unmatched(piece, ItemStatus.NOT_SIGNED, null, List.of()));
                continue;
            }
            if (chosen == ActorKind.ORGANISATION && People.isJobTitle(piece.text())) {
                // "Executive Director of Human Rights Watch": the organisation signs, the title is the person's.
                var named = People.organisationInTitle(piece.text());
                var organisation = named == null ? null : organisations.exact(named);
                items.add(organisation != null && organisation.isResolved()
                        ? matched(named, piece.marker(), piece.line(), new KindMatch(ActorKind.ORGANISATION, organisation))
                        : ResolvedItem.unmatched(piece, ItemStatus.PERSON, null, List.of()));
                continue;
            }
            if (people.contains(piece.line())) {
                items.add(ResolvedItem.unmatched(piece, ItemStatus.PERSON, null, List.of()));
                continue;
            }
            var person = chosen == ActorKind.ORGANISATION && oneNamePerLine ? personLines.at(pieces, i) : null;
            if (person != null) {
                // "Prof. Marcus Lindqvist, Lund University", "Ana María Ruiz, journalist, Colombia": a person, where they work
                // and what they do; none of it signs.
                items.add(person.item(pieces, i));
                i += person.pieces() - 1;
                continue;
            }
            if (piece.text().equals(ANDORRA_CODE)) {
                items.add(andorra(piece, pieces));
                continue;
            }
            if (townsInTheirStates.contains(piece) && !places.contains(piece)) {
                items.add(ResolvedItem.unmatched(piece, ItemStatus.UNKNOWN, ActorKind.ORGANISATION, List.of()));
                continue;
            }
            if (chosen == ActorKind.ORGANISATION && (places.contains(piece) || countries.contains(piece))) {
                items.add(ResolvedItem.unmatched(piece, ItemStatus.PLACE, ActorKind.STATE, List.of()));
                continue;
            }
            int taken = joinAfterComma(pieces, i, chosen, items);
            if (taken > 0) {
                i += taken - 1;
                continue;
            }
            // "Amnesty International, Canadian Section": a section is an organisation of its own, named with its parent's name.
            if (next != null && next.line() == piece.line() && chosen == ActorKind.ORGANISATION && SECTION.matcher(next.text()).find()) {
                items.addAll(resolvePiece(new ListItem(piece.text() + ", " + next.text(), next.marker(), piece.line(), next.open(),
                        piece.spokenFor()), chosen));
                i++;
                continue;
            }
            var knownAndTown = chosen == ActorKind.ORGANISATION && next != null && next.line() == piece.line() && places.contains(next)
                    ? knownOrganisationAndTown(piece.text()) : null;
            if (knownAndTown != null) {
                // "Human Rights Watch – New York, USA" in a list that prints places: the town and its country.
                items.add(matched(knownAndTown.name(), piece.marker(), piece.line(), new KindMatch(ActorKind.ORGANISATION,
                        knownAndTown.organisation())));
                items.add(new ResolvedItem(knownAndTown.town(), null, piece.line(), ItemStatus.PLACE, ActorKind.STATE, null, null, null,
                        List.of(), null));
                continue;
            }
            if (chosen == ActorKind.ORGANISATION && oneNamePerLine && townAfterAName(pieces, i)) {
                // "International Service for Human Rights, Geneva" or "Human Rights Watch, Greenpeace": a place or a second
                // organisation? Nothing here knows towns; the reader says (it was a new organisation "Geneva" where the name
                // before it was not known).
                items.add(ResolvedItem.unmatched(piece, ItemStatus.UNKNOWN, ActorKind.ORGANISATION, List.of()));
                continue;
            }
            if (chosen == ActorKind.ORGANISATION && commaInsideName(pieces, i, oneNamePerLine) && !places.contains(next)) {
                items.addAll(resolvePiece(new ListItem(piece.text() + ", " + next.text(), next.marker(), piece.line(), next.open(),
                        piece.spokenFor()), chosen));
                i++;
                continue;
            }
            // A name wrapped at the end of its line ("Papua New / Guinea", "Guinea- / Bissau"), when the first half
            // names nothing or ends in a hyphen.
            boolean hyphenated = piece.text().endsWith("-");
            if (next != null && piece.open() && next.line() == piece.line() + 1 && (hyphenated || exact(chosen, piece.text()) == null)) {
                // "Guinea- / Bissau" keeps its hyphen; "Liech- / tenstein" was cut by the printer.
                var joined = piece.text() + (hyphenated ? "" : " ") + next.text();
                var match = wrappedName(chosen, joined);
                if (match == null && hyphenated) {
                    joined = piece.text().substring(0, piece.text().length() - 1) + next.text();
                    match = wrappedName(chosen, joined);
                }
                if (match != null) {
                    items.add(matched(joined, next.marker(), piece.line(), match));
                    i++;
                    continue;
                }
                // "Lawyers for Human Rights and / Democracy": no name ends in "and" (or "for Human"); the line goes on.
                if (chosen == ActorKind.ORGANISATION && !next.spokenFor() && (ENDS_UNFINISHED.matcher(piece.text()).find()
                        || PAIR_BROKEN_AT_LINE_END.matcher(piece.text() + "\n" + next.text()).find())) {
                    items.addAll(resolvePiece(new ListItem(joined, next.marker(), piece.line(), next.open(), piece.spokenFor()), chosen));
                    i++;
                    continue;
                }
            }
            var resolved = resolvePiece(piece, chosen);
            items.addAll(piece.spokenFor() ? resolved.stream().map(SignatoryListResolver::spokenFor).toList() : resolved);
        }
        return new ResolvedList(chosen, markRepeats(items), list.legend(), list.onBehalfOf());
    }

    /**
     * Two pieces a comma split as one name ("Korea, Republic of", "René Cassin, the Jewish voice for human
     * rights"): added to the items when together they name one; how many pieces it took, or 0. Both
     * halves names of their own ("Montenegro, Serbia") are two names, whatever they make together. What an
     * inverted name prints after its comma may be wrapped over the next lines ("Congo, / Dem. Rep.",
     * "Korea, / Democratic People's / Republic of") and still belongs to the name before it.
     */
    private int joinAfterComma(List<ListItem> pieces, int first, ActorKind kind, List<ResolvedItem> items) {
        var piece = pieces.get(first);
        if (first + 1 >= pieces.size() || NameIndex.isFormOfGovernment(piece.text())) {
            return 0;
        }
        var next = pieces.get(first + 1);
        boolean qualifier = NameIndex.isFormOfGovernment(next.text());
        if (qualifier && piece.open() && next.line() == piece.line() + 1) {
            // "Venezuela (Bolivarian Republic / of)": a name that goes on, without a comma; as exactly a name only, so that
            // "Kenya / Republic of / Korea" stays Kenya and the Republic of Korea.
            var goesOn = closed(piece.text() + " " + next.text());
            var match = exact(kind, goesOn);
            if (match != null) {
                items.add(matched(goesOn, next.marker() != null ? next.marker() : piece.marker(), piece.line(), match));
                return 2;
            }
            return 0;
        }
        // Onto the next line only after a comma that ends the line ("Congo, / Dem. Rep.").
        if (!(next.line() == piece.line() || qualifier && next.line() == piece.line() + 1)
                || match(kind, piece.text()).match().isResolved() && match(kind, next.text()).match().isResolved()) {
            return 0;
        }
        var texts = new ArrayList<String>(List.of(piece.text() + ", " + next.text()));
        for (int j = first + 2; qualifier && j < pieces.size(); j++) {
            var previous = pieces.get(j - 1);
            var wrapped = pieces.get(j);
            if (!previous.open() || wrapped.line() != previous.line() + 1 || !NameIndex.isFormOfGovernment(wrapped.text())) {
                break;
            }
            texts.add(texts.getLast() + " " + wrapped.text());
        }
        for (int taken = texts.size(); taken > 0; taken--) {
            var match = joinedName(kind, texts.get(taken - 1));
            if (match != null) {
                var last = pieces.get(first + taken);
                items.add(matched(texts.get(taken - 1), last.marker() != null ? last.marker() : piece.marker(), piece.line(), match));
                return taken + 1;
            }
        }
        return 0;
    }

    /**
     * "Asia Pacific Forum on Women, Law and Development", "Coalition for Peace, Justice and Human Rights": a name that
     * enumerates its themes, whose own comma the parser split. Two pieces of one line that name nothing known, the second
     * a short enumeration ending with "and", the first ending in a theme after "on", "for", "of" or "against" — or, where
     * the list prints a name a line, a single word ("Justice, Peace and Integrity of Creation Commission").
     */
    private boolean commaInsideName(List<ListItem> pieces, int first, boolean oneNamePerLine) {
        if (first + 1 >= pieces.size()) {
            return false;
        }
        var piece = pieces.get(first);
        var next = pieces.get(first + 1);
        boolean themed = THEME_BEFORE_COMMA.matcher(piece.text()).find() || oneNamePerLine && ONE_WORD.matcher(piece.text()).matches();
        // In a line of several names, "X, Y and Z" at its end is the list's own "and" ("…, Freedom House and Access Now").
        boolean lastOfItsLine = first + 2 >= pieces.size() || pieces.get(first + 2).line() != piece.line();
        return themed && next.line() == piece.line() && !piece.spokenFor() && !next.spokenFor() && piece.marker() == null
                && (oneNamePerLine || !lastOfItsLine)
                && ENUMERATION_GOES_ON.matcher(next.text()).lookingAt()
                && !match(ActorKind.ORGANISATION, piece.text()).match().isResolved()
                && Arrays.stream(AND.split(next.text())).noneMatch(part -> match(ActorKind.ORGANISATION, SignatoryListParser.clean(part))
                        .match().isResolved());
    }

    /** "FIDH – Brussels": a known organisation's name, how it matched, and the town-shaped word after its dash. */
    private record KnownAndTown(String name, NameMatch organisation, String town) {
    }

    private KnownAndTown knownOrganisationAndTown(String text) {
        var dashed = PlacesAfterNames.AFTER_DASH.matcher(text);
        if (!dashed.matches()) {
            return null;
        }
        var organisation = organisations.exact(dashed.group(1));
        return organisation.isResolved() && PlacesAfterNames.isTown(dashed.group(2), states, organisations)
                ? new KnownAndTown(dashed.group(1), organisation, dashed.group(2)) : null;
    }

    /**
     * "International Service for Human Rights, Geneva", "Front Line Defenders – EU Office, Brussels", "Reprieve, London": in a
     * list of a name a line, a town-shaped word, the last of two pieces on its line, is where the name before it works, or
     * a second name ("Human Rights Watch, Greenpeace"), or a person's given name ("Becker, Thomas").
     */
    private boolean townAfterAName(List<ListItem> pieces, int at) {
        var piece = pieces.get(at);
        var before = at > 0 ? pieces.get(at - 1) : null;
        boolean lastOfTwo = before != null && before.line() == piece.line() && (at < 2 || pieces.get(at - 2).line() != piece.line())
                && (at + 1 == pieces.size() || pieces.get(at + 1).line() != piece.line());
        return lastOfTwo && !piece.spokenFor() && PlacesAfterNames.isTown(piece.text(), states, organisations);
    }

    /**
     * Whether the list prints its names a line each: no line ends with a separator, two lines or more hold one piece, and
     * no more lines hold three or more (a line of two may be a name and its place). A comma inside a line is then rarely
     * one between names.
     */
    private static boolean oneNamePerLine(List<ListItem> pieces) {
        var perLine = new HashMap<Integer, Integer>();
        for (int i = 0; i < pieces.size(); i++) {
            var piece = pieces.get(i);
            boolean endsLine = i + 1 == pieces.size() || pieces.get(i + 1).line() != piece.line();
            if (endsLine && !piece.open() && i + 1 < pieces.size()) {
                return false;
            }
            perLine.merge(piece.line(), 1, Integer::sum);
        }
        long single = perLine.values().stream().filter(count -> count == 1).count();
        long several = perLine.values().stream().filter(count -> count > 2).count();
        return single >= 2 && single >= several;
    }

    /** The text with the parenthesis it opens closed: the parser leaves a ")" that ends a piece out. */
    private static String closed(String text) {
        return text.chars().filter(c -> c == '(').count() > text.chars().filter(c -> c == ')').count() ? text + ")" : text;
    }

    /** "ALB, AND, ARM": Andorra in a list of codes; elsewhere a capital "AND" alone is reported, never dropped nor guessed. */
    private ResolvedItem andorra(ListItem piece, List<ListItem> pieces) {
        var andorra = states.match(ANDORRA_CODE);
        long codes = pieces.stream().filter(other -> other != piece && !other.text().equals(ANDORRA_CODE)).map(other -> states.match(other.text()))
                .filter(match -> match.isResolved() && match.matchedBy() == MatchKind.CODE).count();
        if (codes >= 2 && andorra.isResolved()) {
            return matched(piece.text(), piece.marker(), piece.line(), new KindMatch(ActorKind.STATE, andorra));
        }
        return ResolvedItem.unmatched(piece, ItemStatus.UNKNOWN, ActorKind.STATE, andorra.isResolved() ? List.of(andorra.id()) : List.of());
    }

    private List<ResolvedItem> resolvePiece(ListItem piece, ActorKind kind) {
        var whole = match(kind, piece.text());
        // "Serbia and Montenegro": the former state, or two states of today? Only the reader can tell.
        var others = whole.match().isResolved() && whole.match().matchedBy() != MatchKind.WORD_ORDER ? namedApart(kind, piece.text()) : null;
        if (others != null) {
            var candidates = new ArrayList<>(List.of(whole.match().id()));
            others.stream().filter(id -> !candidates.contains(id)).forEach(candidates::add);
            return List.of(ResolvedItem.unmatched(piece, ItemStatus.AMBIGUOUS, whole.kind(), candidates));
        }
        // "Montenegro and Serbia" is two states, though "Serbia and Montenegro" in another order is one.
        if (whole.match().isResolved() && whole.match().matchedBy() != MatchKind.WORD_ORDER) {
            return List.of(matched(piece.text(), piece.marker(), piece.line(), whole));
        }
        var slashed = whole.match().isResolved() ? null : splitAtSlash(piece, kind);
        if (slashed != null) {
            return slashed;
        }
        var split = ONE_GROUP.matcher(piece.text()).matches() ? null : splitAtAnd(piece, kind);
        var former = split == null ? null : formerStateInOtherWords(piece, split);
        if (former != null) {
            return List.of(former);
        }
        if (split != null && (!whole.match().isResolved() || split.stream().allMatch(item -> item.status() == ItemStatus.MATCHED))) {
            return split;
        }
        if (whole.match().isResolved()) {
            return List.of(matched(piece.text(), piece.marker(), piece.line(), whole));
        }
        var withoutForm = kind == ActorKind.ORGANISATION ? SignatoryListParser.withoutLegalForm(piece.text()) : null;
        // "Jordan Inc." is no state: a name with a legal form names an organisation only.
        var named = withoutForm == null ? null : organisations.exact(withoutForm);
        if (named != null && named.isResolved()) {
            return List.of(matched(piece.text(), piece.marker(), piece.line(), new KindMatch(ActorKind.ORGANISATION, named)));
        }
        var town = kind == ActorKind.ORGANISATION ? knownOrganisationAndTown(piece.text()) : null;
        if (town != null) {
            // "FIDH – Brussels", "Amnesty International – Deutschland": the organisation where it works, or its office or
            // section there? The reader says (it was a new organisation named "Brussels").
            return List.of(ResolvedItem.unmatched(piece, ItemStatus.AMBIGUOUS, ActorKind.ORGANISATION, List.of(town.organisation().id())));
        }
        var role = ROLE_NOTE.matcher(piece.text());
        if (role.matches()) {
            return resolvePiece(new ListItem(role.group(1).strip(), piece.marker(), piece.line(), piece.open(), piece.spokenFor()), kind);
        }
        var described = kind == ActorKind.ORGANISATION ? DESCRIBED.matcher(piece.text()) : null;
        if (described != null && described.matches() && !namesASection(piece.text().substring(described.end(1)))) {
            // "Lawyers for Lawyers: an independent Dutch foundation …": the name, and what it says of itself.
            return resolvePiece(new ListItem(described.group(1).strip(), piece.marker(), piece.line(), piece.open(), piece.spokenFor()),
                    kind);
        }
        if (kind == ActorKind.ORGANISATION && whole.match().status() == ResolutionStatus.UNKNOWN) {
            // "PEN International and The Rights Practice": one new organisation, or a known one and another? The reader says.
            var known = knownBeforeOrAfterAnd(piece.text());
            if (!known.isEmpty()) {
                return List.of(ResolvedItem.unmatched(piece, ItemStatus.AMBIGUOUS, ActorKind.ORGANISATION, known));
            }
            return List.of(newOrganisation(piece, whole.match().candidates()));
        }
        var status = whole.match().status() == ResolutionStatus.AMBIGUOUS ? ItemStatus.AMBIGUOUS : ItemStatus.UNKNOWN;
        return List.of(ResolvedItem.unmatched(piece, status, whole.kind(), whole.match().candidates()));
    }

    /**
     * "Serbie et Monténégro", "Serbia y Montenegro": two states that, written with "and" in English, are a former state
     * ("Serbia and Montenegro") — the former state or the two of today, as in English; the reader says. Null otherwise.
     */
    private ResolvedItem formerStateInOtherWords(ListItem piece, List<ResolvedItem> split) {
        if (split.size() != 2 || !OTHER_LANGUAGES_AND.matcher(piece.text()).find()
                || split.stream().anyMatch(item -> item.status() != ItemStatus.MATCHED || item.kind() != ActorKind.STATE)) {
            return null;
        }
        var inEnglish = states.name(split.get(0).actorId()) + " and " + states.name(split.get(1).actorId());
        var whole = states.exact(inEnglish);
        if (!whole.isResolved()) {
            return null;
        }
        var candidates = new LinkedHashSet<>(List.of(whole.id(), split.get(0).actorId(), split.get(1).actorId()));
        return ResolvedItem.unmatched(piece, ItemStatus.AMBIGUOUS, ActorKind.STATE, List.copyOf(candidates));
    }

    /** "– the Netherlands", "– the Gambia office": after a name, its national section, not a description. */
    private boolean namesASection(String tail) {
        var words = tail.replaceFirst("^[\\s\u2013\u2014:.-]+", "");
        return SECTION_WORDS.matcher(words).find() || states.exact(words).isResolved();
    }

    /** The actors that the parts of a name with "and" in it are exactly, each on its own. */
    private List<String> knownBeforeOrAfterAnd(String text) {
        var parts = AND.split(text);
        if (parts.length < 2 || parts.length > MOST_AND_PARTS) {
            return List.of();
        }
        var known = new ArrayList<String>();
        for (var part : parts) {
            var match = exact(ActorKind.ORGANISATION, SignatoryListParser.clean(part), organisations::exact);
            if (match != null && !known.contains(match.match().id())) {
                known.add(match.match().id());
            }
        }
        return known;
    }

    /**
     * Whom a speaker speaks for signs when it is an actor: "on behalf of Belgium and the UK", "on behalf
     * of Front Line Defenders". A group does not, and the report says GROUP ("the OIC", "the Nordic
     * countries", "Benelux", "the Visegrad Four"): a state name that matches nothing and comes close to
     * none (or only an acronym does), a new organisation's name with group words, and a group's name that matches a state other
     * than exactly ("the NAM" is not Viet Nam). A near miss of a state's name stays, to be reported.
     */
    private static ResolvedItem spokenFor(ResolvedItem item) {
        boolean group = SpokenFor.namesAGroup(item.text());
        boolean signs = switch (item.status()) {
            case MATCHED -> !group || BY_NAME.contains(item.matchedBy()) || item.matchedBy() == MatchKind.CODE;
            case NEW_ORGANISATION -> !group && Character.isUpperCase(item.text().charAt(0));
            // "the Untied States" is a near miss to report; "the OIC" comes near nothing but by chance.
            default -> !item.candidates().isEmpty() && !ACRONYM.matcher(item.text()).find();
        };
        return signs ? item : item.as(ItemStatus.GROUP);
    }

    /**
     * "Albania / Andorra": names a slash separates, when each resolves; "Lawyers for Lawyers / Advocaten
     * voor Advocaten" (one name in two languages) stays whole. Null unless every part resolves.
     */
    private List<ResolvedItem> splitAtSlash(ListItem piece, ActorKind kind) {
        if (piece.text().indexOf('/') < 0) {
            return null;
        }
        var parts = piece.text().split("\\s*/\\s*");
        var items = new ArrayList<ResolvedItem>();
        for (int i = 0; i < parts.length; i++) {
            var match = match(kind, SignatoryListParser.clean(parts[i]));
            if (parts.length < 2 || !match.match().isResolved()) {
                return null;
            }
            items.add(matched(parts[i].strip(), i == parts.length - 1 ? piece.marker() : null, piece.line(), match));
        }
        return items;
    }

    /**
     * The records the parts of a name with "and" in it name on their own, when each names another:
     * "Serbia and Montenegro" (Serbia, Montenegro), unlike "Trinidad and Tobago" or "Bosnia and
     * Herzegovina", whose parts are short forms of the whole. Null when they do not.
     */
    private List<String> namedApart(ActorKind kind, String text) {
        var parts = AND.split(text);
        if (parts.length < 2) {
            return null;
        }
        var ids = new ArrayList<String>();
        for (var part : parts) {
            var match = match(kind, SignatoryListParser.clean(part)).match();
            if (!match.isResolved() || !BY_NAME.contains(match.matchedBy()) || ids.contains(match.id())) {
                return null;
            }
            ids.add(match.id());
        }
        return ids;
    }

    /**
     * A piece with "and" in it as the fewest names that each resolve: "Trinidad and Tobago and Antigua
     * and Barbuda" is two names, not four. A name with "and" in it must be exactly a known name; the
     * parts on their own may match as any name does. In a list of states, a part that resolves to
     * nothing is reported on its own ("the European Union and Iceland"); in a list of organisations
     * the piece then stays whole (it may be one new organisation). Null when nothing fits.
     */
    private List<ResolvedItem> splitAtAnd(ListItem piece, ActorKind kind) {
        var text = piece.text();
        var ands = AND.matcher(text);
        var starts = new ArrayList<Integer>(List.of(0));
        var ends = new ArrayList<Integer>();
        while (ands.find()) {
            ends.add(ands.start());
            starts.add(ands.end());
        }
        ends.add(text.length());
        int parts = starts.size();
        // More "and"s than any name list has between commas is no list of names: the piece stays whole.
        if (parts < 2 || parts > MOST_AND_PARTS) {
            return null;
        }
        // cost[j]: for the first j parts, the fewest unresolved parts, then the fewest names; an unresolved part
        // costs more than any number of names (parts + 1), so cost = unresolved * (parts + 1) + names resolved.
        var cost = new int[parts + 1];
        var from = new int[parts + 1];
        var found = new KindMatch[parts + 1];
        var names = new String[parts + 1];
        Arrays.fill(cost, Integer.MAX_VALUE);
        cost[0] = 0;
        int unresolvedCost = parts + 1;
        for (int j = 1; j <= parts; j++) {
            for (int i = 0; i < j; i++) {
                if (cost[i] == Integer.MAX_VALUE) {
                    continue;
                }
                var name = SignatoryListParser.clean(text.substring(starts.get(i), ends.get(j - 1)));
                var bare = FootnoteLegend.splitMarker(name)[0].strip();
                var match = j - i == 1 ? resolvedOrNull(match(kind, bare)) : exactName(kind, bare);
                int step = match != null ? 1 : j - i == 1 && kind == ActorKind.STATE ? unresolvedCost : Integer.MAX_VALUE;
                if (step != Integer.MAX_VALUE && cost[i] + step < cost[j]) {
                    cost[j] = cost[i] + step;
                    from[j] = i;
                    found[j] = match;
                    names[j] = name;
                }
            }
        }
        // Unsplit, or every part unresolved: no better than the piece whole.
        if (cost[parts] == Integer.MAX_VALUE || cost[parts] == 1 || cost[parts] >= unresolvedCost * parts) {
            return null;
        }
        var items = new ArrayList<ResolvedItem>();
        for (int j = parts; j > 0; j = from[j]) {
            var marked = FootnoteLegend.splitMarker(names[j]);
            var name = marked[0].strip();
            // A marker printed after the piece belongs to its last name.
            var marker = marked[1] != null ? marked[1] : j == parts ? piece.marker() : null;
            if (found[j] != null) {
                items.addFirst(matched(name, marker, piece.line(), found[j]));
            } else {
                var unknown = states.match(name);
                items.addFirst(new ResolvedItem(name, marker, piece.line(),
                        unknown.status() == ResolutionStatus.AMBIGUOUS ? ItemStatus.AMBIGUOUS : ItemStatus.UNKNOWN,
                        kind, null, null, null, unknown.candidates(), null));
            }
        }
        return items;
    }

    private static KindMatch resolvedOrNull(KindMatch match) {
        return match.match().isResolved() ? match : null;
    }

    private record KindMatch(ActorKind kind, NameMatch match) {
    }

    /** The list's own kind first; the other kind only by an exact name (a state in a list of NGOs). */
    private KindMatch match(ActorKind kind, String text) {
        var own = kind == ActorKind.STATE ? states.match(text) : organisations.match(text);
        if (own.isResolved()) {
            return new KindMatch(kind, own);
        }
        var other = kind == ActorKind.STATE ? organisations.exact(text) : states.exactOrActingFor(text);
        return other.isResolved() ? new KindMatch(other(kind), other) : new KindMatch(kind, own);
    }

    /** Two pieces joined are one name only when together they are exactly a known name. */
    private KindMatch exact(ActorKind kind, String text) {
        return exact(kind, text, organisations::exactWhole);
    }

    /** @param organisation how an organisation's name must match: the whole text, or also its acronym and name apart */
    private KindMatch exact(ActorKind kind, String text, Function<String, NameMatch> organisation) {
        var own = kind == ActorKind.STATE ? states.exact(text) : organisation.apply(text);
        if (own.isResolved()) {
            return new KindMatch(kind, own);
        }
        var other = kind == ActorKind.STATE ? organisation.apply(text) : states.exact(text);
        return other.isResolved() ? new KindMatch(other(kind), other) : null;
    }

    /**
     * Two pieces a comma split, as one name: exactly a known name, or a state's in another word order
     * ("Korea, North", "Congo, Dem. Rep."), which only lists print with a comma.
     */
    private KindMatch joinedName(ActorKind kind, String text) {
        var exact = exact(kind, text);
        if (exact != null || kind != ActorKind.STATE) {
            return exact;
        }
        var reordered = states.match(text);
        return reordered.isResolved() && reordered.matchedBy() == MatchKind.WORD_ORDER ? new KindMatch(kind, reordered) : null;
    }

    /**
     * Two lines as one name: exactly a known name, or one with its acronym in parentheses after it ("International Federation
     * for Human / Rights (FIDH)"), where the name alone is exactly the organisation's too.
     */
    private KindMatch wrappedName(ActorKind kind, String joined) {
        var exact = exact(kind, joined);
        var withoutAcronym = joined.replaceFirst("\\s*\\([^()]*\\)$", "");
        if (exact != null || withoutAcronym.equals(joined)) {
            return exact;
        }
        var name = exact(kind, withoutAcronym);
        var withAcronym = exactName(kind, joined);
        return name != null && withAcronym != null && name.match().id().equals(withAcronym.match().id()) ? withAcronym : null;
    }

    /** A name with "and" in it, exactly; an organisation's with its acronym in either order too. */
    private KindMatch exactName(ActorKind kind, String text) {
        return exact(kind, text, organisations::exact);
    }

    private static ActorKind other(ActorKind kind) {
        return kind == ActorKind.STATE ? ActorKind.ORGANISATION : ActorKind.STATE;
    }

    private static ResolvedItem matched(String text, String marker, int line, KindMatch match) {
        return new ResolvedItem(text, marker, line, ItemStatus.MATCHED, match.kind(), match.match().id(),
                match.match().matchedBy(), match.match().matched(), List.of(), null);
    }

    private ActorKind inferKind(List<ListItem> pieces) {
        int asStates = 0;
        int asOrganisations = 0;
        for (var piece : pieces) {
            asStates += states.match(piece.text()).isResolved()
                    || Arrays.stream(AND.split(piece.text())).allMatch(part -> states.match(SignatoryListParser.clean(part)).isResolved())
                    ? 1 : 0;
            asOrganisations += organisations.match(piece.text()).isResolved() ? 1 : 0;
        }
        if (asStates == 0 && asOrganisations == 0) {
            // Nothing resolves: misspelt states ("Kenia, Koweit") come close to states, new organisations to nothing.
            long nearStates = pieces.stream().filter(piece -> !states.match(piece.text()).candidates().isEmpty()).count();
            return nearStates * 2 > pieces.size() ? ActorKind.STATE : ActorKind.ORGANISATION;
        }
        return asStates > asOrganisations ? ActorKind.STATE : ActorKind.ORGANISATION;
    }

    /**
     * A name nothing matches: a new organisation, the same one wherever this import prints it again, with or without
     * its acronym ("Uyghur Rights Advocacy Project", then "… (URAP)"). A known organisation's acronym beside a state's
     * name ("ISHR – Switzerland") is that organisation and where it is, or a section of it: the reader says.
     */
    private ResolvedItem newOrganisation(ListItem piece, List<String> candidates) {
        if (People.isPerson(piece.text()) || People.isProfession(piece.text()) || signatureBlockNames.contains(piece)) {
            return ResolvedItem.unmatched(piece, ItemStatus.PERSON, null, List.of());
        }
        if (ListFrame.readsAsProse(piece.text()) || ListFrame.readsAsMessage(piece.text()) || ListFrame.holdsADate(piece.text())
                || ListFrame.withholdsAName(piece.text()) || SignatureMarks.doubtsTheSignature(piece.text())
                || piece.text().codePoints().noneMatch(Character::isLetter) && !DOTTED_NUMBER.matcher(piece.text()).matches()) {
            // "write to express our concern about …", "Joint NGO letter – 24 February 2025": a sentence of the letter or a
            // page's running head, not a name; the reader removes it.
            return ResolvedItem.unmatched(piece, ItemStatus.UNKNOWN, ActorKind.ORGANISATION, candidates);
        }
        var inside = organisations.namedInside(piece.text());
        if (inside.size() >= 2) {
            // "Amnesty InternationalHuman Rights Watch…": names run together, for the reader to separate.
            return ResolvedItem.unmatched(piece, ItemStatus.UNKNOWN, ActorKind.ORGANISATION, inside);
        }
        var nameAndAcronym = OrganisationIndex.nameAndAcronym(piece.text());
        var acronym = nameAndAcronym[1] == null ? null : organisations.exactWhole(nameAndAcronym[1]);
        var state = states.exact(nameAndAcronym[0]);
        if (acronym != null && acronym.isResolved() && state.isResolved()) {
            return ResolvedItem.unmatched(piece, ItemStatus.AMBIGUOUS, ActorKind.ORGANISATION, List.of(acronym.id(), state.id()));
        }
        // One name with two acronyms ("Centre for Human Rights (CHR-Uganda)", "… (CHR-Nigeria)") is two organisations.
        var key = String.join(" ", Names.words(nameAndAcronym[0]));
        // "International Press Institute (IPI)", then "IPI": the acronym of a new organisation named before.
        var earlier = newOrganisations.containsKey(key) ? newOrganisations.get(key) : newOrganisations.values().stream()
                .filter(named -> named.acronym() != null && named.acronym().equals(piece.text().strip())).findFirst().orElse(null);
        String id;
        if (earlier != null && (earlier.acronym() == null || nameAndAcronym[1] == null || earlier.acronym().equals(nameAndAcronym[1]))) {
            id = earlier.id();
            if (earlier.acronym() == null && nameAndAcronym[1] != null) {
                newOrganisations.put(key, new NewOrganisation(id, nameAndAcronym[1]));
            }
        } else {
            id = OrganisationIds.newId(piece.text(), takenIds);
            newOrganisations.putIfAbsent(key, new NewOrganisation(id, nameAndAcronym[1]));
        }
        return new ResolvedItem(piece.text(), piece.marker(), piece.line(), ItemStatus.NEW_ORGANISATION, ActorKind.ORGANISATION, id,
                null, null, candidates, null);
    }

    /**
     * A signature block's person: a name alone on its line with a title alone on the next, or beside a title on its line,
     * before or after it ("Nomvula Dlamini, Secretary-General, …"; "Justice for All, Executive Director, Jane Roe") — when it
     * reads as a person's name.
     */
    private static Set<ListItem> signatureBlockNames(List<ListItem> items) {
        var names = new HashSet<ListItem>(namesAboveTitlesInColumns(items));
        for (int i = 0; i < items.size(); i++) {
            var title = items.get(i);
            if (!People.isJobTitle(title.text())) {
                continue;
            }
            var before = i > 0 ? items.get(i - 1) : null;
            var after = i + 1 < items.size() ? items.get(i + 1) : null;
            boolean titleAlone = (before == null || before.line() != title.line()) && (after == null || after.line() != title.line());
            boolean nameAboveAlone = before != null && before.line() == title.line() - 1 && (i < 2 || items.get(i - 2).line() != before.line());
            boolean nameBefore = before != null && (before.line() == title.line() || titleAlone && nameAboveAlone)
                    && People.looksLikeAName(before.text());
            if (nameBefore) {
                names.add(before);
            } else if (after != null && after.line() == title.line() && People.looksLikeAName(after.text())) {
                // "Jane Roe, Director, Safeguard Defenders": after a person's name and title comes the organisation.
                names.add(after);
            }
        }
        return names;
    }

    /**
     * "Maria Alvarez / John Mwangi" over "Executive Director / Chair" over their organisations: signature blocks side by side,
     * as a letter's grid pastes them, one row of names, one of their titles (half of them or more as a title reads).
     */
    private static Set<ListItem> namesAboveTitlesInColumns(List<ListItem> items) {
        Map<Integer, List<ListItem>> byLine = new HashMap<>();
        items.forEach(item -> byLine.computeIfAbsent(item.line(), line -> new ArrayList<>()).add(item));
        var names = new HashSet<ListItem>();
        for (var row : byLine.values()) {
            var above = byLine.get(row.getFirst().line() - 1);
            if (row.size() >= 2 && above != null && above.size() == row.size()
                    && 2 * row.stream().filter(piece -> People.isJobTitle(piece.text())).count() >= row.size()
                    && above.stream().allMatch(piece -> People.looksLikeAName(piece.text()))) {
                names.addAll(above);
            }
        }
        return names;
    }

    private static List<ResolvedItem> markRepeats(List<ResolvedItem> items) {
        var firstLine = new HashMap<String, Integer>();
        var marked = new ArrayList<ResolvedItem>();
        for (var item : items) {
            var earlier = item.actorId() == null ? null : firstLine.putIfAbsent(item.actorId(), item.line());
            marked.add(earlier == null ? item : item.repeating(earlier));
        }
        return marked;
    }

}
