package org.coalitiongraph.ingest;

import java.util.List;
import java.util.Set;

/**
 * The kinds of record in the import format, each with the node label it becomes and the edges its
 * record holds (the others point at it from records of other kinds). An edit replaces the edges a
 * record holds; a delete is refused while other records still point at the node.
 */
public enum RecordKind {
    SOURCE("sources", "Source", Set.of(), Set.of()),
    STATE("states", "State", Set.of(), Set.of()),
    ORGANISATION("organisations", "Organisation", Set.of(), Set.of()),
    PERSON("people", "Person", Set.of("WORKS_FOR"), Set.of()),
    SESSION("sessions", "Session", Set.of(), Set.of()),
    ISSUE("issues", "Issue", Set.of("BROADER"), Set.of()),
    GROUPING("groupings", "Grouping", Set.of(), Set.of("MEMBER_OF")),
    STATEMENT("statements", "Statement",
            Set.of("AT", "CONCERNS", "DELIVERED_BY", "ON_BEHALF_OF", "ADDRESSED_TO", "COUNTERS", "CITES"),
            Set.of("SIGNED", "VOTED"));

    private final String list;
    private final String label;
    private final Set<String> ownedOutgoing;
    private final Set<String> ownedIncoming;

    RecordKind(String list, String label, Set<String> ownedOutgoing, Set<String> ownedIncoming) {
        this.list = list;
        this.label = label;
        this.ownedOutgoing = ownedOutgoing;
        this.ownedIncoming = ownedIncoming;
    }

    /** The document's list of this kind, e.g. {@code statements}. */
    public String list() {
        return list;
    }

    public String label() {
        return label;
    }

    Set<String> ownedOutgoing() {
        return ownedOutgoing;
    }

    Set<String> ownedIncoming() {
        return ownedIncoming;
    }

    /** The records of this kind in a document. */
    public List<?> records(ImportDocument document) {
        return switch (this) {
            case SOURCE -> document.sources();
            case STATE -> document.states();
            case ORGANISATION -> document.organisations();
            case PERSON -> document.people();
            case SESSION -> document.sessions();
            case ISSUE -> document.issues();
            case GROUPING -> document.groupings();
            case STATEMENT -> document.statements();
        };
    }
}
