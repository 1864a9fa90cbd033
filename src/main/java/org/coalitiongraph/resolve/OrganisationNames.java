package org.coalitiongraph.resolve;

import java.util.List;

/** What the matcher knows of one organisation: its name, acronym and aliases. */
public record OrganisationNames(String id, String name, String acronym, List<String> aliases) {

    public OrganisationNames {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
