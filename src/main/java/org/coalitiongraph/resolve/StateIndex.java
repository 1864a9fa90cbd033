package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The states' names, formal names, aliases and ISO codes, and the matching of a written name to one state. */
public final class StateIndex {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2,3}");
    private static final Pattern ISO2 = Pattern.compile("[A-Za-z]{2}");
    private static final List<Locale> OTHER_LANGUAGES = List.of(Locale.FRENCH, Locale.forLanguageTag("es"));
    private static final Map<String, List<String>> LOCAL_NAMES = new ConcurrentHashMap<>();
    /**
     * Codes that, in this field, are more often something else: the African Union, the European Community, the
     * Non-Aligned Movement, and "SA", as often South Africa as Saudi Arabia.
     */
    private static final Set<String> NOT_CODES = Set.of("AU", "EC", "NAM", "SA");
    /** "Government of Canada", "the Permanent Mission of Niger to the United Nations": the state acts through them. */
    private static final Pattern ACTING_FOR = Pattern.compile("(?i)^(?:the\\s+)?(?:governments?|(?:permanent\\s+)?mission|delegation|embassy"
            + "|(?:deputy\\s+)?permanent\\s+representatives?|foreign\\s+ministers?|foreign\\s+ministry"
            + "|(?:ministry|ministers?)\\s+(?:of|for)\\s+foreign\\s+affairs(?:\\s+and\\s+[\\p{L} ]+?)?)\\s+of\\s+(.+?)"
            + "(?:\\s+to\\s+the\\s+(?:united\\s+nations|un)\\b.*|\\s+(?:in|at)\\s+(?-i:\\p{Lu})\\p{L}*)?$");
    private static final Pattern FOOTNOTE_MARKER = Pattern.compile("^(.*\\p{L}[.)]?)\\s*(?:[*\u2020\u2021\u00a7#\u00b9\u00b2\u00b3"
            + "\u2070\u2074-\u2079]+|\\(\\d{1,2}\\)|\\[\\d{1,3}\\]|\\[[a-z]\\]|\\([a-z]\\)|\\s[a-z]/|\\d{1,2}/|(?<=\\p{L})\\d{1,2})$");
    /** "Fed." stands for three words in states' names; one reading must name a state exactly. */
    private static final Pattern FED = Pattern.compile("(?i)\\bfed\\b\\.?");
    private static final List<String> FED_READINGS = List.of("Federation", "Federal", "Federated");

    private final NameIndex names;
    private final Map<String, List<String>> byCode = new HashMap<>();
    private final Map<String, String> nameById = new HashMap<>();

    public StateIndex(List<StateNames> states) {
        var entries = new ArrayList<NameIndex.Entry>();
        for (var state : states) {
            nameById.putIfAbsent(state.id(), state.name());
            entries.add(new NameIndex.Entry(state.id(), state.name(), MatchKind.NAME));
            if (state.formalName() != null) {
                entries.add(new NameIndex.Entry(state.id(), state.formalName(), MatchKind.FORMAL_NAME));
            }
            state.aliases().forEach(alias -> entries.add(new NameIndex.Entry(state.id(), alias, MatchKind.ALIAS)));
            for (var code : new String[] {state.iso3(), state.iso2()}) {
                if (code != null && !code.isBlank()) {
                    byCode.computeIfAbsent(code.toUpperCase(Locale.ROOT), c -> new ArrayList<>()).add(state.id());
                }
            }
        }
        entries.addAll(inOtherLanguages(states, entries));
        this.names = new NameIndex(entries, true);
    }

    /** A region's names in French and Spanish (the code itself where the JDK knows none), looked up once. */
    private static List<String> localNames(String iso2) {
        var region = new Locale.Builder().setRegion(iso2).build();
        return OTHER_LANGUAGES.stream().map(region::getDisplayCountry).toList();
    }

    /**
     * "Allemagne", "Alemania", "Côte d'Ivoire": the names French and Spanish lists print (the UN's other working
     * language and the Council's third), from the JDK's locale data; none that is already another state's name.
     */
    private static List<NameIndex.Entry> inOtherLanguages(List<StateNames> states, List<NameIndex.Entry> entries) {
        var owners = new HashMap<String, String>();
        entries.forEach(entry -> owners.putIfAbsent(Names.key(entry.text()), entry.id()));
        var localised = new ArrayList<NameIndex.Entry>();
        for (var state : states) {
            if (state.iso2() == null || !ISO2.matcher(state.iso2()).matches()) {
                continue;
            }
            for (var name : LOCAL_NAMES.computeIfAbsent(state.iso2().toUpperCase(Locale.ROOT), StateIndex::localNames)) {
                var owner = owners.putIfAbsent(Names.key(name), state.id());
                if (!name.equalsIgnoreCase(state.iso2()) && (owner == null || owner.equals(state.id()))) {
                    localised.add(new NameIndex.Entry(state.id(), name, MatchKind.TRANSLATION));
                }
            }
        }
        return localised;
    }

    /** The state's name in English, or null for an id not in the index. */
    String name(String id) {
        return nameById.get(id);
    }

    /** The state a name stands for, or why there is none. */
    public NameMatch match(String input) {
        var key = Names.key(input);
        var exact = names.exact(input, key);
        if (exact.isResolved() || exact.status() == ResolutionStatus.AMBIGUOUS) {
            return exact;
        }
        if (input != null && input.length() > NameIndex.LONGEST_NAME) {
            // No name is this long; the readings below would peel its footnote marks one call deep each ("Aa (a) (a) …").
            return NameMatch.unknown(input, List.of());
        }
        // Codes count only in capitals: "CAN" is Canada, "can" is a word.
        var text = input == null ? "" : input.strip();
        if (NOT_CODES.contains(text)) {
            return NameMatch.unknown(input, byCode.get(text));
        }
        if (CODE.matcher(text).matches() && byCode.containsKey(text)) {
            var ids = byCode.get(text);
            return ids.size() == 1 ? NameMatch.resolved(input, ids.getFirst(), MatchKind.CODE, text)
                    : NameMatch.ambiguous(input, ids);
        }
        // "Canada¹", "Japan a/", "Niger (2)", "Guinea1": a footnote's marker, copied with the name from a table.
        var marked = FOOTNOTE_MARKER.matcher(text);
        if (!text.isEmpty() && !Character.isLetter(text.charAt(text.length() - 1)) && marked.matches()) {
            var bare = match(marked.group(1));
            if (bare.isResolved()) {
                return bare.forInput(input);
            }
        }
        // The readings below run on every name not matched exactly; each is tried only where its words are.
        var lower = text.toLowerCase(Locale.ROOT);
        var actedFor = actedFor(text);
        if (actedFor != null) {
            var state = match(actedFor);
            return state.isResolved() ? state.forInput(input) : state.status() == ResolutionStatus.AMBIGUOUS
                    ? NameMatch.ambiguous(input, state.candidates()) : NameMatch.unknown(input, state.candidates());
        }
        if (lower.contains("fed") && FED.matcher(text).find()) {
            var readings = FED_READINGS.stream().map(word -> names.exact(FED.matcher(text).replaceAll(word)))
                    .filter(NameMatch::isResolved).toList();
            if (readings.stream().map(NameMatch::id).distinct().count() == 1) {
                return readings.getFirst().forInput(input);
            }
        }
        var cut = text.indexOf('.') < 0 ? Set.<String>of() : Names.cutWords(text);
        if (!cut.isEmpty()) {
            var shortened = names.cutShort(input, cut);
            if (shortened.isResolved()) {
                return shortened;
            }
        }
        if (text.indexOf('/') > 0) {
            var either = eitherName(input, text);
            if (either != null) {
                return either;
            }
        }
        return names.match(input, key);
    }

    /** "Burma/Myanmar", "Tanzania/Tanganyika": two names of one state; null unless every part names the same one. */
    private NameMatch eitherName(String input, String text) {
        NameMatch first = null;
        for (var part : text.split("\\s*/\\s*")) {
            var match = match(part);
            if (!match.isResolved() || first != null && !first.id().equals(match.id())) {
                return null;
            }
            first = first == null ? match : first;
        }
        return first == null ? null : first.forInput(input);
    }

    /** Exact names, formal names and aliases only; no code, word order, partial name or typo. */
    NameMatch exact(String input) {
        return names.exact(input);
    }

    /** As {@link #exact}, and a state's government, mission or ministry by the state's exact name ("Government of Canada"). */
    NameMatch exactOrActingFor(String input) {
        var exact = names.exact(input);
        var actedFor = input == null || exact.isResolved() ? null : actedFor(input.strip());
        if (actedFor != null) {
            var state = names.exact(actedFor);
            return state.isResolved() ? state.forInput(input) : exact;
        }
        return exact;
    }

    /** "Government of Canada", "the Permanent Mission of Niger to the United Nations": the state's name, or null. */
    private static String actedFor(String text) {
        if (!text.toLowerCase(Locale.ROOT).contains(" of ")) {
            return null;
        }
        var acting = ACTING_FOR.matcher(text);
        return acting.matches() ? acting.group(1) : null;
    }
}
