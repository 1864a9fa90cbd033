package org.coalitiongraph.prediction.votes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.coalitiongraph.prediction.LogisticModel;

/**
 * The two logistic models fitted on the roll calls of the fifteen years before a day, each predicted
 * from the history before its own date (as it would have been predicted then): P(yes) over every
 * vote, and P(no | not yes) over the votes that were not yes.
 */
record VoteModels(LogisticModel yes, LogisticModel no, int rollCalls) {

    static final int TRAINING_DAYS = (int) Math.round(15 * 365.25);

    /** The rows one training roll call gives: features and outcomes, for each model. */
    private record Rows(List<double[]> yes, List<Boolean> yesOutcomes, List<double[]> no, List<Boolean> noOutcomes) {
    }

    static VoteModels fit(VoteHistory history, int cutoff) {
        int from = history.before(cutoff - TRAINING_DAYS);
        int to = history.before(cutoff);
        // Roll calls are independent of each other here; the rows are put together in date order, so
        // that the fit is the same whichever thread computed what.
        var perRollCall = IntStream.range(from, to).parallel().mapToObj(position -> rows(history, position)).toList();
        var yesRows = new ArrayList<double[]>();
        var yesOutcomes = new ArrayList<Boolean>();
        var noRows = new ArrayList<double[]>();
        var noOutcomes = new ArrayList<Boolean>();
        for (var rows : perRollCall) {
            yesRows.addAll(rows.yes());
            yesOutcomes.addAll(rows.yesOutcomes());
            noRows.addAll(rows.no());
            noOutcomes.addAll(rows.noOutcomes());
        }
        return new VoteModels(fit(VoteFeatures.YES, yesRows, yesOutcomes, VoteFeatures.YES_PRIOR),
                fit(VoteFeatures.NO, noRows, noOutcomes, VoteFeatures.NO_PRIOR), to - from);
    }

    private static Rows rows(VoteHistory history, int position) {
        var target = Target.at(history, position);
        var evidence = target.evidence(history);
        var rows = new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int c = 0; c < target.candidates().length; c++) {
            int a = target.candidates()[c];
            boolean yes = history.yes(a, position);
            rows.yes().add(VoteFeatures.yes(evidence[c]));
            rows.yesOutcomes().add(yes);
            if (!yes) {
                rows.no().add(VoteFeatures.no(evidence[c]));
                rows.noOutcomes().add(history.no(a, position));
            }
        }
        return rows;
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
