package org.coalitiongraph.actor;

import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A state or an organisation: whatever can sign a statement. Signatures and votes are
 * high-degree edges and are deliberately not mapped here; they are read through queries.
 */
@Node("Actor")
public abstract sealed class Actor permits State, Organisation {

    @Id
    private final String id;
    private final String name;
    private final List<String> aliases;
    /** The ids of actors merged into this one, which still find it. */
    private final List<String> mergedIds;

    protected Actor(String id, String name, List<String> aliases, List<String> mergedIds) {
        this.id = id;
        this.name = name;
        this.aliases = aliases == null ? List.of() : List.copyOf(aliases);
        this.mergedIds = mergedIds == null ? List.of() : List.copyOf(mergedIds);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<String> getAliases() {
        return aliases;
    }

    public List<String> getMergedIds() {
        return mergedIds;
    }

    public abstract ActorKind getKind();
}
