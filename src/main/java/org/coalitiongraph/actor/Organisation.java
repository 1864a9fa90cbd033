package org.coalitiongraph.actor;

import java.util.List;

import org.springframework.data.neo4j.core.schema.Node;

/**
 * A non-governmental or intergovernmental organisation. {@code ecosocStatus} says whether it holds
 * ECOSOC consultative status (null: not known); {@code ecosocCategory} is GENERAL, SPECIAL or ROSTER
 * where a source says which.
 */
@Node("Organisation")
public final class Organisation extends Actor {

    private final String acronym;
    private final Boolean ecosocStatus;
    private final String ecosocCategory;
    private final String country;
    private final String website;

    public Organisation(String id, String name, List<String> aliases, String acronym, Boolean ecosocStatus,
            String ecosocCategory, String country, String website, List<String> mergedIds) {
        super(id, name, aliases, mergedIds);
        this.acronym = acronym;
        this.ecosocStatus = ecosocStatus;
        this.ecosocCategory = ecosocCategory;
        this.country = country;
        this.website = website;
    }

    @Override
    public ActorKind getKind() {
        return ActorKind.ORGANISATION;
    }

    public String getAcronym() {
        return acronym;
    }

    public Boolean getEcosocStatus() {
        return ecosocStatus;
    }

    public String getEcosocCategory() {
        return ecosocCategory;
    }

    public String getCountry() {
        return country;
    }

    public String getWebsite() {
        return website;
    }
}
