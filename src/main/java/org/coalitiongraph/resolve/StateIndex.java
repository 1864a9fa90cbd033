package org.coalitiongraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The states' names, formal names, aliases and ISO codes, and the matching of a written name to one state. */
public final class StateIndex {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2,3}");
    /** Codes that, in this field, are more often a group's acronym: the African Union, the European Community, the Non-Aligned Movement. */
    private static final Set<String> NOT_CODES = Set.of("AU", "EC", "NAM");

    private final NameIndex names;
    private final Map<String, List<String>> byCode = new HashMap<>();

    public StateIndex(List<StateNames> states) {
        var entries = new ArrayList<NameIndex.Entry>();
        for (var state : states) {
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
        this.names = new NameIndex(entries, true);
    }

    /** The state a name stands for, or why there is none. */
    public NameMatch match(String input) {
        var key = Names.key(input);
        var exact = names.exact(input, key);
        if (exact.isResolved() || exact.status() == ResolutionStatus.AMBIGUOUS) {
            return exact;
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
        return names.match(input, key);
    }

    /** Exact names, formal names and aliases only; no code, word order, partial name or typo. */
    NameMatch exact(String input) {
        return names.exact(input);
    }
}
