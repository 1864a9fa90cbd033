package org.coalitiongraph.prediction;

/** A feature of a fitted model, what it measures, and its weight. */
public record ModelWeight(String feature, String description, double weight) {
}
