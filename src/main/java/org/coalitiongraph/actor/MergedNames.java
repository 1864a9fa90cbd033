package org.coalitiongraph.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.coalitiongraph.ingest.ImportDocument;

/**
 * The names and ids of an actor, as a merge combines them: the kept actor goes on being found by
 * every name the merged one went by. Codes (ISO 3166) are not names and are not carried over.
 *
 * @param names     the names it goes by besides its aliases: its name, and its formal name (a state)
 *                  or its acronym (an organisation)
 * @param mergedIds the ids of actors merged into it before
 */
record MergedNames(String id, ActorKind kind, List<String> names, List<String> aliases, List<String> mergedIds) {

    /** The actor's record in a document read by id; empty if the document has none. */
    static Optional<MergedNames> of(ImportDocument records, String id) {
        var state = records.states().stream().filter(s -> s.id().equals(id)).findFirst()
                .map(s -> new MergedNames(id, ActorKind.STATE, present(s.name(), s.formalName()), orEmpty(s.aliases()),
                        orEmpty(s.mergedIds())));
        return state.or(() -> records.organisations().stream().filter(o -> o.id().equals(id)).findFirst()
                .map(o -> new MergedNames(id, ActorKind.ORGANISATION, present(o.name(), o.acronym()),
                        orEmpty(o.aliases()), orEmpty(o.mergedIds()))));
    }

    /**
     * Keep's aliases as they are, then each name and alias of {@code merge} that keep does not go by
     * already, compared without regard to case, accents' encoding or spacing; the first spelling met wins.
     */
    List<String> aliasesWith(MergedNames merge) {
        var taken = new HashSet<String>();
        Stream.concat(names.stream(), aliases.stream()).map(MergedNames::folded).forEach(taken::add);
        var result = new ArrayList<>(aliases);
        Stream.of(merge.names, merge.aliases).flatMap(List::stream)
                .filter(name -> !name.isBlank() && taken.add(folded(name)))
                .forEach(result::add);
        return result;
    }

    /** Keep's merged ids, then merge's own id and the ids merged into it, each once. */
    List<String> mergedIdsWith(MergedNames merge) {
        var ids = new LinkedHashSet<String>(mergedIds);
        ids.add(merge.id);
        ids.addAll(merge.mergedIds);
        ids.remove(id);
        return List.copyOf(ids);
    }

    /** One key for the spellings of one name: "Côte d'Ivoire", "CÔTE  D'IVOIRE" (decomposed or not). */
    static String folded(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> present(String... values) {
        return Stream.of(values).filter(Objects::nonNull).filter(value -> !value.isBlank()).toList();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
