package org.coalitiongraph.prediction;

/**
 * One reason behind a predicted probability, in words and numbers.
 *
 * @param text    what it says, e.g. "signed 4 of the 5 earlier statements on this issue"
 * @param feature the model feature it comes from
 * @param value   the feature's value for this actor
 * @param effect  what it adds to the log-odds (weight × value); negative speaks against
 */
public record Reason(String text, String feature, double value, double effect) {
}
