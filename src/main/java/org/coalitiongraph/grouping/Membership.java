package org.coalitiongraph.grouping;

import java.time.LocalDate;

import org.coalitiongraph.actor.State;

/** A state's membership of a grouping, with its dates where known. */
public record Membership(State state, Grouping grouping, LocalDate from, LocalDate to) {
}
