package org.coalitiongraph.actor;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.neo4j.core.schema.Node;

/** A state; former states carry the dates of their existence in {@code from} and {@code to}. */
@Node("State")
public final class State extends Actor {

    private final String iso3;
    private final String iso2;
    private final String formalName;
    private final String regionalGroup;
    private final Boolean unMember;
    private final Boolean observer;
    private final LocalDate from;
    private final LocalDate to;

    public State(String id, String name, List<String> aliases, String iso3, String iso2, String formalName,
            String regionalGroup, Boolean unMember, Boolean observer, LocalDate from, LocalDate to,
            List<String> mergedIds) {
        super(id, name, aliases, mergedIds);
        this.iso3 = iso3;
        this.iso2 = iso2;
        this.formalName = formalName;
        this.regionalGroup = regionalGroup;
        this.unMember = unMember;
        this.observer = observer;
        this.from = from;
        this.to = to;
    }

    @Override
    public ActorKind getKind() {
        return ActorKind.STATE;
    }

    public String getIso3() {
        return iso3;
    }

    public String getIso2() {
        return iso2;
    }

    public String getFormalName() {
        return formalName;
    }

    public String getRegionalGroup() {
        return regionalGroup;
    }

    public Boolean getUnMember() {
        return unMember;
    }

    public Boolean getObserver() {
        return observer;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
