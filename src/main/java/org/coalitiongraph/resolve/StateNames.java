package org.coalitiongraph.resolve;

import java.util.List;

/** What the resolver knows of one state: the names it may be written as and its codes. */
public record StateNames(String id, String name, String formalName, List<String> aliases, String iso3, String iso2) {

    public StateNames {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
