package org.coalitiongraph.resolve;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The id a new organisation gets from its name as written: {@code org:} and the first words of its
 * name (its acronym left out), e.g. "Society for Threatened Peoples (STP)" becomes
 * {@code org:society-for-threatened-peoples}; {@code -2}, {@code -3}… where that id is taken.
 */
public final class OrganisationIds {

    private static final int MAX_ID_WORDS = 8;

    private OrganisationIds() {
    }

    /**
     * @param taken the ids already in use; the new id is added to it, so that two new organisations
     *              of one import never share an id
     */
    public static String newId(String text, Set<String> taken) {
        var name = OrganisationIndex.nameAndAcronym(text)[0];
        var words = Names.words(name);
        // Words in other scripts leave nothing of themselves in an id: "org:----" for an Arabic name.
        var slug = words.stream().map(word -> word.replaceAll("[^a-z0-9-]", "").replaceAll("^-+|-+$", "")).filter(word -> !word.isEmpty()).limit(MAX_ID_WORDS)
                .collect(Collectors.joining("-"));
        var base = "org:" + (slug.isEmpty() ? "organisation" : slug);
        var id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }
}
