package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The organisations' names, acronyms and aliases, and the matching of a written name to one of them.
 * Names come with acronyms in either order — "International Service for Human Rights (ISHR)",
 * "CSW (Christian Solidarity Worldwide)", "ISHR – International Service for Human Rights",
 * "CIVICUS: World Alliance for Citizen Participation" — so the part outside and the part inside the
 * parentheses, or the acronym and the name on either side of a dash or colon, are each matched too;
 * they must agree on one organisation.
 */
public final class OrganisationIndex {

    /** "Name (ACR)", and "Name [ACR]" as some lists print it. */
    private static final Pattern PARENTHESISED = Pattern.compile("^(.*?)\\s*[(\\[]([^()\\[\\]]+)[)\\]]\\s*(.*)$");
    /** An acronym and a name separated by a spaced dash or a colon; which side is the acronym is checked after. */
    private static final Pattern SEPARATED = Pattern.compile("^(.+?)(?:\\s+[-\u2013\u2014]\\s+|\\s*:\\s+)(.+)$");

    private final NameIndex names;
    private final Set<String> ids;
    private final Map<String, String> nameById = new HashMap<>();

    public OrganisationIndex(List<OrganisationNames> organisations) {
        var entries = new ArrayList<NameIndex.Entry>();
        for (var organisation : organisations) {
            nameById.putIfAbsent(organisation.id(), organisation.name());
            entries.add(new NameIndex.Entry(organisation.id(), organisation.name(), MatchKind.NAME));
            // An acronym is kept as FORMAL_NAME: how it matched tells a name from an acronym below.
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
        var parts = input == null || input.length() > NameIndex.LONGEST_NAME ? null : parts(input.strip());
        if (whole.isResolved() || parts == null) {
            return whole;
        }
        var matches = parts.stream().map(part -> exactOnly ? names.exact(part) : names.match(part)).toList();
        var ids = new LinkedHashSet<String>();
        matches.stream().filter(NameMatch::isResolved).forEach(match -> ids.add(match.id()));
        if (ids.size() == 1 && (matches.stream().allMatch(NameMatch::isResolved) || namesAndAbbreviates(parts, matches)
                || translatesTheName(parts, matches))) {
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
     * When only one part resolves, whether the two are a name and its acronym: "Human Rights Watch (HRW)"
     * (a known name, an acronym not on record) or "CIVICUS: World Alliance for Citizen Participation"
     * (a known name that is an acronym, and its expansion). Not "International Society for Human Rights
     * (ISHR)", where a known acronym stands beside another name, nor "Amnesty International (UK Section)".
     */
    private static boolean namesAndAbbreviates(List<String> parts, List<NameMatch> matches) {
        int known = matches.get(0).isResolved() ? 0 : 1;
        var match = matches.get(known);
        return looksLikeAcronym(parts.get(1 - known)) && abbreviates(parts.get(1 - known), parts.get(known))
                || match.matchedBy() != MatchKind.FORMAL_NAME && looksLikeAcronym(parts.get(known));
    }

    /**
     * The organisations whose names (of two words or more) the text prints inside it, as "Amnesty InternationalHuman Rights
     * Watch…" does when a page's list lost its breaks: no name of one organisation.
     */
    List<String> namedInside(String text) {
        var inside = new ArrayList<String>();
        var lower = text.toLowerCase(Locale.ROOT);
        nameById.forEach((id, name) -> {
            var known = name.toLowerCase(Locale.ROOT);
            if (known.contains(" ") && !lower.equals(known) && lower.contains(known)) {
                inside.add(id);
            }
        });
        inside.sort(null);
        return inside;
    }

    /**
     * "Fédération internationale pour les droits humains (FIDH)": a known acronym beside its organisation's name in French or
     * Spanish, word for word. Not "International Society for Human Rights (ISHR)", whose words are another name's.
     */
    private boolean translatesTheName(List<String> parts, List<NameMatch> matches) {
        int known = matches.get(0).isResolved() ? 0 : 1;
        var match = matches.get(known);
        return match.matchedBy() == MatchKind.FORMAL_NAME && looksLikeAcronym(parts.get(known))
                && NameTranslation.translates(parts.get(1 - known), nameById.get(match.id()));
    }

    /**
     * The two parts of a name written with its acronym, the name first: "Name (ACR)" and "ACR (Name)"
     * give the text outside and inside the parentheses; "ACR – Name", "Name – ACR" and "ACR: Name" give
     * the name and the acronym. Null for a name without such parts. A dash or colon counts only beside
     * an acronym: "Amnesty International – UK Section" is one name, not Amnesty International.
     */
    private static List<String> parts(String text) {
        var parenthesised = PARENTHESISED.matcher(text);
        if (parenthesised.matches()) {
            return List.of((parenthesised.group(1) + " " + parenthesised.group(3)).strip(), parenthesised.group(2).strip());
        }
        var separated = SEPARATED.matcher(text);
        if (!separated.matches()) {
            return null;
        }
        var first = separated.group(1).strip();
        var second = separated.group(2).strip();
        return looksLikeAcronym(first) ? List.of(second, first) : looksLikeAcronym(second) ? List.of(first, second) : null;
    }

    /**
     * The name and acronym a new organisation would get from a written name: "Asian Forum (FORUM-ASIA)",
     * "FORUM-ASIA (Asian Forum)" and "FORUM-ASIA – Asian Forum" all give name "Asian Forum", acronym
     * "FORUM-ASIA".
     */
    public static String[] nameAndAcronym(String input) {
        var text = input.strip();
        var parts = parts(text);
        var parenthesised = PARENTHESISED.matcher(text);
        if (parts == null || parenthesised.matches() && !parenthesised.group(3).isBlank()) {
            return new String[] {text, null};
        }
        var name = parts.get(0);
        var other = parts.get(1);
        if (looksLikeAcronym(other)) {
            return new String[] {name, other};
        }
        if (looksLikeAcronym(name)) {
            return new String[] {other, name};
        }
        return new String[] {text, null};
    }

    /** Whether an acronym's capitals are the initials of words of the name, in order: HRW, Human Rights Watch; not USA. */
    private static boolean abbreviates(String acronym, String name) {
        var initials = Arrays.stream(name.split("[\\s-]+")).filter(word -> !word.isEmpty())
                .map(word -> Character.toUpperCase(word.charAt(0))).toList();
        int at = 0;
        for (char letter : acronym.toCharArray()) {
            if (!Character.isUpperCase(letter)) {
                continue;
            }
            while (at < initials.size() && initials.get(at) != letter) {
                at++;
            }
            if (at++ >= initials.size()) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeAcronym(String text) {
        return !text.contains(" ") && text.length() <= 15 && text.chars().filter(Character::isUpperCase).count() >= 2;
    }
}
