package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The organisations' names, acronyms and aliases, and the matching of a written name to one of them.
 * Names come with acronyms in either order — "International Service for Human Rights (ISHR)",
 * "CSW (Christian Solidarity Worldwide)" — so the part outside and the part inside the parentheses
 * are each matched too; they must agree on one organisation.
 */
public final class OrganisationIndex {

    private static final Pattern PARENTHESISED = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*(.*)$");

    private final NameIndex names;
    private final Set<String> ids;

    public OrganisationIndex(List<OrganisationNames> organisations) {
        var entries = new ArrayList<NameIndex.Entry>();
        for (var organisation : organisations) {
            entries.add(new NameIndex.Entry(organisation.id(), organisation.name(), MatchKind.NAME));
            if (organisation.acronym() != null && !organisation.acronym().isBlank()) {
                entries.add(new NameIndex.Entry(organisation.id(), organisation.acronym(), MatchKind.FORMAL_NAME));
            }
            organisation.aliases().forEach(alias -> entries.add(new NameIndex.Entry(organisation.id(), alias, MatchKind.ALIAS)));
        }
        this.names = new NameIndex(entries, false);
        this.ids = organisations.stream().map(OrganisationNames::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The ids of the organisations known. */
    public Set<String> ids() {
        return ids;
    }

    /** The organisation a name stands for, or why there is none. */
    public NameMatch match(String input) {
        return combine(input, false);
    }

    /** Exact names, acronyms and aliases only, no typo. */
    NameMatch exact(String input) {
        return combine(input, true);
    }

    /** The whole text exactly as one name, acronym or alias: no typo, no part in parentheses on its own. */
    NameMatch exactWhole(String input) {
        return names.exact(input);
    }

    private NameMatch combine(String input, boolean exactOnly) {
        var whole = exactOnly ? names.exact(input) : names.match(input);
        var parts = PARENTHESISED.matcher(input == null ? "" : input.strip());
        if (whole.isResolved() || !parts.matches()) {
            return whole;
        }
        var outside = (parts.group(1) + " " + parts.group(3)).strip();
        var inside = parts.group(2).strip();
        var matches = List.of(exactOnly ? names.exact(outside) : names.match(outside),
                exactOnly ? names.exact(inside) : names.match(inside));
        var ids = new LinkedHashSet<String>();
        matches.stream().filter(NameMatch::isResolved).forEach(match -> ids.add(match.id()));
        if (ids.size() == 1) {
            var best = matches.stream().filter(NameMatch::isResolved).findFirst().orElseThrow();
            return NameMatch.resolved(input, best.id(), best.matchedBy(), best.matched());
        }
        if (ids.size() > 1) {
            return NameMatch.ambiguous(input, List.copyOf(ids));
        }
        var candidates = new LinkedHashSet<String>(whole.candidates());
        matches.forEach(match -> candidates.addAll(match.candidates()));
        return NameMatch.unknown(input, candidates.stream().limit(5).toList());
    }

    /**
     * The name and acronym a new organisation would get from a written name: "Asian Forum (FORUM-ASIA)"
     * and "FORUM-ASIA (Asian Forum)" both give name "Asian Forum", acronym "FORUM-ASIA".
     */
    public static String[] nameAndAcronym(String input) {
        var text = input.strip();
        var parts = PARENTHESISED.matcher(text);
        if (!parts.matches() || !parts.group(3).isBlank()) {
            return new String[] {text, null};
        }
        var outside = parts.group(1).strip();
        var inside = parts.group(2).strip();
        if (looksLikeAcronym(inside)) {
            return new String[] {outside, inside};
        }
        if (looksLikeAcronym(outside)) {
            return new String[] {inside, outside};
        }
        return new String[] {text, null};
    }

    private static boolean looksLikeAcronym(String text) {
        return !text.contains(" ") && text.length() <= 15 && text.chars().filter(Character::isUpperCase).count() >= 2;
    }
}
