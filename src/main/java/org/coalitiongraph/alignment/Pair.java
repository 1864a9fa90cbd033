package org.coalitiongraph.alignment;

import org.coalitiongraph.projection.Projection;
import org.coalitiongraph.projection.Scope;

/** Two actors (numbers in {@code projection}) compared within a scope: what a row's details are computed from. */
record Pair(Projection projection, int a, int b, Scope scope) {
}
