package org.coalitiongraph.prediction.votes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.coalitiongraph.prediction.BacktestResult;
import org.coalitiongraph.prediction.ScoredItem;
import org.coalitiongraph.prediction.Scores;
import org.coalitiongraph.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * Replays the roll calls of a window in date order and predicts each from the history dated before
 * it: the model (fitted once, on the fifteen years before the window) and two baselines, scored
 * over the same candidates, the states that voted; the outcome is a yes vote.
 */
@Component
public final class RollCallBacktest {

    public static final String MODEL = "model";
    public static final String SAME_ISSUE = "same-issue yes-rate";
    public static final String MOST_SIMILAR = "most similar roll call";
    /** The most-similar baseline: its vote there, softened towards the state's overall yes-rate. */
    static final double MOST_SIMILAR_WEIGHT = 0.8;

    private final VoteHistories histories;

    public RollCallBacktest(VoteHistories histories) {
        this.histories = histories;
    }

    /**
     * @param statements which statements count (e.g. a filter's {@code Scope::admits}); roll calls
     *                   outside are neither scored nor skipped, but still history for the others
     * @param from       the first day of the window
     * @param to         the last day of the window (inclusive)
     * @return the roll calls dated in the window and admitted, scored; {@code skipped} counts those
     *         with no dated roll call before them (nothing to predict from). The weights are those of
     *         the model fitted on the fifteen years before {@code from}
     */
    public BacktestResult run(Projection projection, IntPredicate statements, LocalDate from, LocalDate to) {
        var history = histories.of(projection);
        int first = history.before((int) from.toEpochDay());
        int end = history.before((int) to.toEpochDay() + 1);
        var models = VoteModels.fit(history, (int) from.toEpochDay());
        var positions = IntStream.range(first, end)
                .filter(position -> statements.test(projection.rollCallStatement(history.rollCall(position)))).toArray();
        // Each roll call is predicted on its own; put back in date order, whichever thread did it.
        var scored = IntStream.of(positions).parallel().mapToObj(position -> score(history, models, position)).toList();
        var model = new ArrayList<ScoredItem>();
        var sameIssue = new ArrayList<ScoredItem>();
        var mostSimilar = new ArrayList<ScoredItem>();
        int skipped = 0;
        for (var items : scored) {
            if (items == null) {
                skipped++;
            } else {
                model.add(items[0]);
                sameIssue.add(items[1]);
                mostSimilar.add(items[2]);
            }
        }
        return new BacktestResult(model.size(), skipped, Scores.of(MODEL, model),
                List.of(Scores.of(SAME_ISSUE, sameIssue), Scores.of(MOST_SIMILAR, mostSimilar)),
                VoteFeatures.weights(models.yes(), VoteFeatures.YES_DESCRIPTIONS));
    }

    /** The model's and the baselines' predictions for one roll call; null when no history comes before it. */
    private static ScoredItem[] score(VoteHistory history, VoteModels models, int position) {
        var target = Target.at(history, position);
        if (history.before(target.cutoff()) == 0) {
            return null;
        }
        var evidence = target.evidence(history);
        int n = target.candidates().length;
        var outcomes = new boolean[n];
        var p = new double[n];
        var issue = new double[n];
        var similar = new double[n];
        for (int c = 0; c < n; c++) {
            var s = evidence[c];
            outcomes[c] = history.yes(target.candidates()[c], position);
            p[c] = models.yes().probability(VoteFeatures.yes(s));
            issue[c] = s.baseline();
            similar[c] = s.mostSimilar() < 0 ? s.all()
                    : MOST_SIMILAR_WEIGHT * (history.yes(target.candidates()[c], s.mostSimilar()) ? 1 : 0)
                            + (1 - MOST_SIMILAR_WEIGHT) * s.all();
        }
        var projection = history.projection;
        var id = projection.statementId(projection.rollCallStatement(target.rollCall()));
        return new ScoredItem[] {new ScoredItem(id, p, outcomes), new ScoredItem(id, issue, outcomes.clone()),
                new ScoredItem(id, similar, outcomes.clone())};
    }
}
