package org.coalitiongraph.prediction.votes;

import java.util.ArrayList;
import java.util.List;

import org.coalitiongraph.prediction.LogisticModel;

/**
 * The two logistic models fitted on the roll calls of the fifteen years before a day, each predicted
 * from the history before its own date (as it would have been predicted then): P(yes) over every
 * vote, and P(no | not yes) over the votes that were not yes.
 */
record VoteModels(LogisticModel yes, LogisticModel no, int rollCalls) {

    static final int TRAINING_DAYS = (int) Math.round(15 * 365.25);

    static VoteModels fit(VoteHistory history, int cutoff) {
        int from = history.before(cutoff - TRAINING_DAYS);
        int to = history.before(cutoff);
        var yesRows = new ArrayList<double[]>();
        var yesOutcomes = new ArrayList<Boolean>();
        var noRows = new ArrayList<double[]>();
        var noOutcomes = new ArrayList<Boolean>();
        for (int position = from; position < to; position++) {
            var target = Target.at(history, position);
            var evidence = target.evidence(history);
            for (int c = 0; c < target.candidates().length; c++) {
                int a = target.candidates()[c];
                boolean yes = history.yes(a, position);
                yesRows.add(VoteFeatures.yes(evidence[c]));
                yesOutcomes.add(yes);
                if (!yes) {
                    noRows.add(VoteFeatures.no(evidence[c]));
                    noOutcomes.add(history.no(a, position));
                }
            }
        }
        return new VoteModels(fit(VoteFeatures.YES, yesRows, yesOutcomes, VoteFeatures.YES_PRIOR),
                fit(VoteFeatures.NO, noRows, noOutcomes, VoteFeatures.NO_PRIOR), to - from);
    }

    private static LogisticModel fit(List<String> features, List<double[]> rows, List<Boolean> outcomes,
            double[] prior) {
        var y = new boolean[outcomes.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = outcomes.get(i);
        }
        return LogisticModel.fit(features, rows.toArray(double[][]::new), y, prior, VoteFeatures.PENALTY);
    }
}
