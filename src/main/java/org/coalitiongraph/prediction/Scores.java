package org.coalitiongraph.prediction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How well one predictor did over the items of a backtest.
 *
 * @param precisionAtK mean over items with at least one positive of the share of positives among the
 *                     k most probable candidates, k being the number of positives; candidates tied at
 *                     the cut count in proportion, so a flat prediction scores what chance would
 * @param meanAuc      mean over items having both outcomes of the area under the ROC curve (ties half)
 * @param pooledAuc    the same over all predictions of all items together
 * @param logLoss      mean negative log-likelihood, probabilities clipped to [1e-6, 1 - 1e-6]
 * @param brier        mean squared difference between probability and outcome
 */
public record Scores(String name, int items, long predictions, double precisionAtK, double meanAuc, double pooledAuc,
        double logLoss, double brier, List<CalibrationBin> calibration) {

    private static final int BINS = 10;
    private static final double CLIP = 1e-6;

    /**
     * One tenth of the probability range.
     *
     * @param meanPredicted the mean probability of the predictions in the bin (NaN when empty)
     * @param observed      the share of them that happened (NaN when empty)
     */
    public record CalibrationBin(double from, double to, long predictions, double meanPredicted, double observed) {
    }

    public static Scores of(String name, List<ScoredItem> items) {
        double precisionSum = 0;
        int precisionItems = 0;
        double aucSum = 0;
        int aucItems = 0;
        long predictions = 0;
        double logLoss = 0;
        double brier = 0;
        var binCounts = new long[BINS];
        var binPredicted = new double[BINS];
        var binObserved = new long[BINS];
        for (var item : items) {
            var p = item.probabilities();
            var y = item.outcomes();
            int positives = item.positives();
            if (positives > 0) {
                precisionSum += precisionAtK(p, y, positives);
                precisionItems++;
            }
            if (positives > 0 && positives < y.length) {
                aucSum += auc(p, y);
                aucItems++;
            }
            for (int i = 0; i < p.length; i++) {
                double clipped = Math.min(1 - CLIP, Math.max(CLIP, p[i]));
                logLoss -= y[i] ? Math.log(clipped) : Math.log(1 - clipped);
                brier += (p[i] - (y[i] ? 1 : 0)) * (p[i] - (y[i] ? 1 : 0));
                int bin = Math.min(BINS - 1, Math.max(0, (int) (p[i] * BINS)));
                binCounts[bin]++;
                binPredicted[bin] += p[i];
                binObserved[bin] += y[i] ? 1 : 0;
            }
            predictions += p.length;
        }
        var calibration = new ArrayList<CalibrationBin>();
        for (int b = 0; b < BINS; b++) {
            calibration.add(new CalibrationBin(b / (double) BINS, (b + 1) / (double) BINS, binCounts[b],
                    binCounts[b] == 0 ? Double.NaN : binPredicted[b] / binCounts[b],
                    binCounts[b] == 0 ? Double.NaN : binObserved[b] / (double) binCounts[b]));
        }
        return new Scores(name, items.size(), predictions,
                precisionItems == 0 ? Double.NaN : precisionSum / precisionItems,
                aucItems == 0 ? Double.NaN : aucSum / aucItems, pooledAuc(items),
                predictions == 0 ? Double.NaN : logLoss / predictions,
                predictions == 0 ? Double.NaN : brier / predictions, List.copyOf(calibration));
    }

    /** Share of positives among the k most probable, ties at the cut counted in proportion. */
    static double precisionAtK(double[] p, boolean[] y, int k) {
        var order = order(p);
        double hits = 0;
        int taken = 0;
        int i = 0;
        while (taken < k) {
            int end = i;
            int tiedPositives = 0;
            while (end < order.length && p[order[end]] == p[order[i]]) {
                tiedPositives += y[order[end]] ? 1 : 0;
                end++;
            }
            int size = end - i;
            int take = Math.min(size, k - taken);
            hits += tiedPositives * (take / (double) size);
            taken += take;
            i = end;
        }
        return hits / k;
    }

    /** The Mann–Whitney statistic: the chance a positive outranks a negative, ties counting half. */
    static double auc(double[] p, boolean[] y) {
        var order = order(p);
        // Walk from the least probable up, counting the negatives already passed.
        double wins = 0;
        long negativesBelow = 0;
        long positives = 0;
        for (int end = order.length; end > 0;) {
            int start = end - 1;
            while (start > 0 && p[order[start - 1]] == p[order[end - 1]]) {
                start--;
            }
            long groupPositives = 0;
            long groupNegatives = 0;
            for (int j = start; j < end; j++) {
                if (y[order[j]]) {
                    groupPositives++;
                } else {
                    groupNegatives++;
                }
            }
            wins += groupPositives * (negativesBelow + groupNegatives / 2.0);
            negativesBelow += groupNegatives;
            positives += groupPositives;
            end = start;
        }
        return wins / ((double) positives * negativesBelow);
    }

    private static double pooledAuc(List<ScoredItem> items) {
        int total = items.stream().mapToInt(item -> item.outcomes().length).sum();
        var p = new double[total];
        var y = new boolean[total];
        int at = 0;
        for (var item : items) {
            System.arraycopy(item.probabilities(), 0, p, at, item.probabilities().length);
            System.arraycopy(item.outcomes(), 0, y, at, item.outcomes().length);
            at += item.outcomes().length;
        }
        int positives = 0;
        for (var outcome : y) {
            positives += outcome ? 1 : 0;
        }
        return positives == 0 || positives == total ? Double.NaN : auc(p, y);
    }

    /** Indices by probability, highest first. */
    private static int[] order(double[] p) {
        return Arrays.stream(boxedIndices(p.length)).sorted((a, b) -> Double.compare(p[b], p[a]))
                .mapToInt(Integer::intValue).toArray();
    }

    private static Integer[] boxedIndices(int n) {
        var indices = new Integer[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        return indices;
    }
}
