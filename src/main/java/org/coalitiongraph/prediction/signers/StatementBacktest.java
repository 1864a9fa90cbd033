package org.coalitiongraph.prediction.signers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.coalitiongraph.prediction.BacktestResult;
import org.coalitiongraph.prediction.LogisticModel;
import org.coalitiongraph.prediction.ScoredItem;
import org.coalitiongraph.prediction.Scores;
import org.coalitiongraph.projection.Projection;
import org.coalitiongraph.projection.Scope;
import org.springframework.stereotype.Component;

/**
 * Replays the statements of a window in date order, predicting each list from what came before it
 * exactly as {@code likelySigners(forStatement)} does with only the lead known, and scores the model
 * beside two baselines over the same candidates: "signed most earlier statements on the same side"
 * and "same regional group as the lead". Only complete lists are scored; partial ones stay history.
 */
@Component
public final class StatementBacktest {

    public static final String SAME_SIDE_BASELINE = "signed most earlier statements on the same side";
    public static final String LEAD_GROUP_BASELINE = "same regional group as the lead";

    private final SignerModel model;

    StatementBacktest(SignerModel model) {
        this.model = model;
    }

    /** @return null when the window holds no statement to score */
    public BacktestResult run(Projection p, Scope scope, LocalDate from, LocalDate to) {
        int first = (int) from.toEpochDay();
        int last = (int) to.toEpochDay();
        var items = new ArrayList<Integer>();
        int skipped = 0;
        for (int s = 0; s < p.statementCount(); s++) {
            int day = p.day(s);
            if (p.rollCallOf(s) >= 0 || day == Projection.NO_DATE || day < first || day > last || !scope.admits(s)) {
                continue;
            }
            if (SignerModel.scorable(p, s)) {
                items.add(s);
            } else if (p.signers(s).length > 0) {
                skipped++;
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        items.sort(p.newestFirst().reversed());
        var modelItems = new ArrayList<ScoredItem>();
        var sameSide = new ArrayList<ScoredItem>();
        var leadGroup = new ArrayList<ScoredItem>();
        LogisticModel fitted = null;
        for (int s : items) {
            fitted = model.asOf(p, p.day(s));
            var evidence = new SignerEvidence(new SignatureHistory(p, Drafts.ofStatement(p, s, new int[0])));
            var candidates = evidence.history.candidates;
            double b = evidence.history.baseRate;
            var outcomes = new boolean[candidates.length];
            var predicted = new double[candidates.length];
            var sameSideRate = new double[candidates.length];
            var groupGuess = new double[candidates.length];
            for (int i = 0; i < candidates.length; i++) {
                int c = candidates[i];
                outcomes[i] = Arrays.binarySearch(p.signers(s), c) >= 0;
                predicted[i] = fitted.probability(evidence.features(c));
                sameSideRate[i] = (evidence.sameSigned[c] + 2 * b) / (evidence.sameSeen[c] + 2);
                groupGuess[i] = (evidence.sameGroupAsLead(c) ? 0.8 : 0) + 0.2 * b;
            }
            var id = p.statementId(s);
            modelItems.add(new ScoredItem(id, predicted, outcomes));
            sameSide.add(new ScoredItem(id, sameSideRate, outcomes));
            leadGroup.add(new ScoredItem(id, groupGuess, outcomes));
        }
        return new BacktestResult(items.size(), skipped, Scores.of("model", modelItems),
                List.of(Scores.of(SAME_SIDE_BASELINE, sameSide), Scores.of(LEAD_GROUP_BASELINE, leadGroup)),
                SignerFeatures.weights(fitted.weights()));
    }
}
