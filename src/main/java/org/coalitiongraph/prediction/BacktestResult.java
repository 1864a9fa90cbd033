package org.coalitiongraph.prediction;

import java.util.List;

/**
 * What a backtest of one kind of item (roll calls, or statements) found.
 *
 * @param items     the items scored
 * @param skipped   items in the window that were not scored (a partial list of signatories, say)
 * @param model     the model's scores
 * @param baselines the baselines' scores, computed over the same items and candidates
 * @param weights   the model's weights, as fitted on the history before the window
 */
public record BacktestResult(int items, int skipped, Scores model, List<Scores> baselines, List<ModelWeight> weights) {

    public BacktestResult {
        baselines = List.copyOf(baselines);
        weights = List.copyOf(weights);
    }
}
