package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * NGO sign-on lists print where each signatory is based: "Uyghur Human Rights Project, USA",
 * "Justice for All, Kampala, Uganda", "Human Rights Watch (global)", "Front Line Defenders –
 * Ireland". The place is not a signatory. A list is read that way only when it is plainly so: three
 * lines or more of a name that is no state followed by a place (a state, or a word such as
 * "International"; with a town between, at most, that names no actor), and no line of several names
 * printed otherwise; or a state alone on the line after each name, as PDF tables come out. The resolver
 * then reports those places as such, in lists of organisations only.
 * A place in parentheses or after a dash is a state's name, never its code: "(CAN)" may be an
 * acronym. "Ambassador X, Canada" signs for Canada.
 */
final class PlacesAfterNames {

    private static final int FEWEST_LINES = 3;
    /** A state's envoy signing for it: the state is the signatory ("Dr. Jane Smith, Canada" is where she is). */
    private static final Pattern PERSON = Pattern.compile(
            "(?i)^(?:h\\.?\\s?e\\.?|ambassador|minister|president|prime minister|secretary|permanent representative)\\b.*");
    /** Where an international organisation says it is based. */
    private static final Pattern PLACE_WORD = Pattern.compile("(?i)^(?:international|global|worldwide|regional|africa|asia|asia[- ]pacific"
            + "|europe|latin america|middle east|americas|pacific|mena)$");
    private static final Pattern FEDERATION = Pattern.compile("(?i)\\binternational$");
    /** "Human Rights Watch (New York, USA)": a name and its place in one piece. */
    private static final Pattern IN_PARENTHESES = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    /** "Washington, DC", "Tunis/Geneva", "New York": capitalised words, two places at most; no acronym of one word. */
    private static final Pattern TOWNS = Pattern.compile(
            "^\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}(?:\\s*[,/]\\s*\\p{Lu}[\\p{L}.]*(?:[ -]\\p{Lu}\\p{Ll}+){0,2})?$");
    /** "Geneva", "New York", "Kampala": a town's name, capitalised words without an organisation's. */
    private static final Pattern TOWN = Pattern.compile("^\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}$");
    /** "Washington D.C.": a town's initials after its name. */
    private static final Pattern INITIALS_AFTER_TOWN = Pattern.compile("\\s+(?:\\p{Lu}\\.){1,3}$");
    private static final Pattern ORGANISATION_WORD = Pattern.compile("(?i)\\b(?:office|section|branch|chapter|foundation|centre|center"
            + "|institute|network|council|committee|commission|league|union|association|society|group|project|trust|watch|forum|alliance"
            + "|coalition|campaign|initiative|international|federation|movement|action|rights|justice|now)\\b");
    /** "Front Line Defenders – Ireland", "FIDH – International Federation for Human Rights – France": after the last dash. */
    static final Pattern AFTER_DASH = Pattern.compile("^(.+)\\s[-\u2013\u2014]\\s+([^-\u2013\u2014]+)$");

    /**
     * A list's items as read for places.
     *
     * @param items  the items, a name and its place in one piece taken apart where the list prints places
     * @param places the items that print a place, not a signatory
     * @param unsure  where places are not read: the state after a name on a line of two ("Human Rights Watch,
     *                USA"), which may be where it is based as well as a signatory
     */
    record Read(List<ListItem> items, Set<ListItem> places, Set<ListItem> unsure) {
    }

    private PlacesAfterNames() {
    }

    /**
     * The items of a list and which of them print a place; no places unless the whole list prints places so.
     *
     * @param peopleLines lines of people signing in their own name, read as they are
     */
    static Read of(List<ListItem> items, Set<Integer> peopleLines, StateIndex states, OrganisationIndex organisations) {
        Map<Integer, List<ListItem>> byLine = new LinkedHashMap<>();
        items.forEach(item -> byLine.computeIfAbsent(item.line(), line -> new ArrayList<>()).add(item));
        var read = new ArrayList<ListItem>();
        var places = new HashSet<ListItem>();
        var unsure = new HashSet<ListItem>();
        int lines = 0;
        boolean otherwise = false;
        for (var names : byLine.values()) {
            if (peopleLines.contains(names.getFirst().line())) {
                read.addAll(names);
                continue;
            }
            if (names.size() == 1) {
                var attached = attached(names.getFirst(), states, organisations);
                if (attached != null) {
                    lines++;
                    places.add(attached.getLast());
                }
                read.addAll(attached != null ? attached : names);
                continue;
            }
            if (nameAndPlace(names, states, organisations)) {
                lines++;
                places.addAll(names.subList(1, names.size()));
                if (names.size() == 2) {
                    unsure.add(names.getLast());
                }
            } else {
                otherwise = true;
            }
            read.addAll(names);
        }
        if (otherwise || lines < FEWEST_LINES) {
            var alternating = placesOnTheirOwnLines(byLine, peopleLines, states, organisations);
            return new Read(items, alternating, alternating.isEmpty() ? Set.copyOf(unsure) : Set.of());
        }
        return new Read(townsInParentheses(read, places, states, organisations), places, Set.of());
    }

    /**
     * "Amnesty International, London (United Kingdom); …; Tibet Justice Center, Oakland (United States of America)", as UN
     * annexes list stakeholders: a town-shaped name with a state in parentheses, after a name on its line (one printed
     * without a place of its own), twice or more in the list — where that name is based, or an organisation of its own
     * ("Human Rights Watch, Odhikar (Bangladesh)"). "Redress (UK)" alone on its line is a name.
     */
    static Set<ListItem> townsInTheirStates(List<ListItem> items, StateIndex states, OrganisationIndex organisations) {
        var towns = new HashSet<ListItem>();
        for (int i = 1; i < items.size(); i++) {
            var before = items.get(i - 1);
            var item = items.get(i);
            if (before.line() == item.line() && before.text().indexOf('(') < 0 && !towns.contains(before)
                    && isTownInItsState(item.text(), states, organisations)) {
                towns.add(item);
            }
        }
        return towns.size() >= 2 ? towns : Set.of();
    }

    /** "London (United Kingdom)", "Washington D.C. (United States of America)": a town, and its state in parentheses. */
    static boolean isTownInItsState(String text, StateIndex states, OrganisationIndex organisations) {
        var attached = IN_PARENTHESES.matcher(text);
        return text.length() <= 120 && attached.matches() && states.exact(attached.group(2).strip()).isResolved()
                && isTown(INITIALS_AFTER_TOWN.matcher(attached.group(1).strip()).replaceFirst(""), states, organisations);
    }

    /**
     * In a list that prints places, "Uyghur Human Rights Project (Washington, DC)", "Cairo Institute (Tunis/Geneva)":
     * a town in parentheses is a place too, though it names no state. Not an acronym ("(HRNJ-Uganda)"), nor words
     * in lower case ("(in a personal capacity)"), nor an organisation after a person ("Dolkun Isa (World Uyghur Congress)").
     */
    private static List<ListItem> townsInParentheses(List<ListItem> read, Set<ListItem> places, StateIndex states,
            OrganisationIndex organisations) {
        var items = new ArrayList<ListItem>();
        for (var item : read) {
            var attached = IN_PARENTHESES.matcher(item.text());
            if (!places.contains(item) && attached.matches() && TOWNS.matcher(attached.group(2).strip()).matches()
                    && isNoState(attached.group(1), states, organisations) && !organisations.exact(item.text()).isResolved()
                    && !organisations.exact(attached.group(2)).isResolved() && !People.looksLikeAName(attached.group(1).strip())
                    && !section(attached.group(1), attached.group(2).strip(), states)) {
                var place = new ListItem(attached.group(2).strip(), null, item.line(), item.open(), false);
                items.add(new ListItem(attached.group(1).strip(), item.marker(), item.line(), false, item.spokenFor()));
                items.add(place);
                places.add(place);
            } else {
                items.add(item);
            }
        }
        return List.copyOf(items);
    }

    /**
     * "Amnesty International / United Kingdom / Human Rights Watch / United States": a table copied from a PDF
     * puts each organisation's place on a line of its own. Read so only when every line of a state alone
     * follows a line of one name that is no state, three times or more.
     */
    private static Set<ListItem> placesOnTheirOwnLines(Map<Integer, List<ListItem>> byLine, Set<Integer> peopleLines,
            StateIndex states, OrganisationIndex organisations) {
        var places = new HashSet<ListItem>();
        List<ListItem> previous = null;
        for (var names : byLine.values()) {
            boolean stateAlone = names.size() == 1 && states.exact(names.getFirst().text()).isResolved();
            if (stateAlone) {
                boolean afterAName = previous != null && previous.size() == 1 && previous.getFirst().line() == names.getFirst().line() - 1
                        && !places.contains(previous.getFirst()) && isNoState(previous.getFirst().text(), states, organisations);
                if (!afterAName || peopleLines.contains(names.getFirst().line())) {
                    return Set.of();
                }
                places.add(names.getFirst());
            }
            previous = names;
        }
        return places.size() < FEWEST_LINES ? Set.of() : places;
    }

    /** "Name (Town, Place)" or "Name – Place" as the name and the place, or null. */
    private static List<ListItem> attached(ListItem item, StateIndex states, OrganisationIndex organisations) {
        for (var form : List.of(IN_PARENTHESES, AFTER_DASH)) {
            var attached = form.matcher(item.text());
            if (attached.matches() && isPlace(attached.group(2).strip(), states, organisations)
                    && isNoState(attached.group(1), states, organisations)
                    && !section(attached.group(1), attached.group(2).strip(), states)) {
                return List.of(new ListItem(attached.group(1).strip(), item.marker(), item.line(), false, item.spokenFor()),
                        new ListItem(attached.group(2).strip(), null, item.line(), item.open(), false));
            }
        }
        return null;
    }

    /**
     * Whether the words name a town where an organisation works ("Geneva", "New York"): a town's shape, no word of an
     * organisation's name, and no state or organisation of the graph.
     */
    static boolean isTown(String text, StateIndex states, OrganisationIndex organisations) {
        // Not a region: "ARTICLE 19 – Eastern Africa" is the organisation's regional office.
        return TOWN.matcher(text).matches() && !ORGANISATION_WORD.matcher(text).find() && !ListFrame.isRegionHeading(text)
                && !text.matches("(?i)(?:eastern|western|northern|southern|central)\\s.*") && !states.match(text).isResolved()
                && !organisations.match(text).isResolved();
    }

    /** Whether the word says where an international organisation works: "Global", "International", "Asia-Pacific". */
    static boolean isPlaceWord(String text) {
        return PLACE_WORD.matcher(text).matches();
    }

    /**
     * "Amnesty International (Australia)", "PEN International – Kenya": an international federation's national
     * section, as likely as the federation and its place; left whole, for the resolver to report.
     */
    private static boolean section(String name, String place, StateIndex states) {
        return FEDERATION.matcher(name).find() && states.exact(place).isResolved();
    }

    /** "USA", "International", "Kampala, Uganda": a state or a place word, after a town at most that names no actor. */
    private static boolean isPlace(String place, StateIndex states, OrganisationIndex organisations) {
        var parts = place.split("\\s*,\\s*");
        var last = parts[parts.length - 1];
        return parts.length <= 2 && (PLACE_WORD.matcher(last).matches() || states.exact(last).isResolved())
                && (parts.length == 1 || !states.match(parts[0]).isResolved() && !organisations.match(parts[0]).isResolved());
    }

    private static boolean nameAndPlace(List<ListItem> names, StateIndex states, OrganisationIndex organisations) {
        boolean town = names.size() == 2 || names.size() == 3 && !states.match(names.get(1).text()).isResolved()
                && !organisations.match(names.get(1).text()).isResolved();
        var last = names.getLast().text();
        return isNoState(names.getFirst().text(), states, organisations) && town
                && (states.match(last).isResolved() || PLACE_WORD.matcher(last).matches());
    }

    /**
     * A misspelt state first ("Kenia, Uganda") is a list of states, not a name and its place; a known organisation
     * is none, whatever state it comes close to ("ISHR – Switzerland": not Israel).
     */
    private static boolean isNoState(String name, StateIndex states, OrganisationIndex organisations) {
        var asState = states.match(name);
        return !asState.isResolved() && (asState.candidates().isEmpty() || organisations.exact(name.strip()).isResolved())
                && !PERSON.matcher(name).matches();
    }
}
