package org.coalitiongraph.person;

import java.time.LocalDate;

import org.coalitiongraph.actor.Organisation;

public record Affiliation(Organisation organisation, String role, LocalDate from, LocalDate to) {
}
