package org.coalitiongraph.prediction;

/**
 * One statement or roll call of a backtest: a probability for each candidate and what happened
 * (signed, or voted yes), at the same positions.
 */
public record ScoredItem(String id, double[] probabilities, boolean[] outcomes) {

    public ScoredItem {
        if (probabilities.length != outcomes.length) {
            throw new IllegalArgumentException(probabilities.length + " probabilities but " + outcomes.length + " outcomes");
        }
    }

    public int positives() {
        int count = 0;
        for (var outcome : outcomes) {
            count += outcome ? 1 : 0;
        }
        return count;
    }
}
