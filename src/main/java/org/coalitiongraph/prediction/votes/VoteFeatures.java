package org.coalitiongraph.prediction.votes;

import java.util.ArrayList;
import java.util.List;

import org.coalitiongraph.prediction.LogisticModel;
import org.coalitiongraph.prediction.ModelWeight;

/**
 * The model's inputs: each a rate from {@link VoteEvidence} on the log-odds scale, so that the
 * weights read as "how much this evidence moves the odds"; all but {@code ser_yes}, a vote (1 or 0)
 * that would be ±6.9 on that scale and overrule everything else when it is wrong. The prior weights are those the research
 * prototype fitted on UNGA sessions 45–59; fitting on other history starts from them and is pulled
 * towards them.
 */
final class VoteFeatures {

    /** Features of P(yes). */
    static final List<String> YES = List.of("const", "knnx", "ser_yes", "ser_rate", "p_rec", "p_iss5", "bloc");
    static final double[] YES_PRIOR = {-0.589, 0.237, 1.266, 0.087, -0.277, 0.227, 0.387};
    static final List<String> YES_DESCRIPTIONS = List.of(
            "constant",
            "yes-share among the 200 most similar earlier roll calls the state voted in, weighted by similarity⁴ · 0.6^years",
            "the state's vote (yes 1, else 0) on the newest earlier roll call of the same series (similarity ≥ 0.5 and ≥ 0.8 of the most similar); without one, its yes-share on the 25 most similar, weighted by similarity⁴",
            "the state's yes-rate over the series, each roll call weighing 0.7 of the next newer",
            "the state's yes-rate over the 3 years before, shrunk towards its yes-rate over all earlier votes (4 votes' worth)",
            "the state's yes-rate on the same issue over the 5 years before, shrunk towards its 3-year rate (2 votes' worth)",
            "the yes-share on the 25 most similar of the other states, weighted by (agreement with this state over 3 years)⁸");

    /** Features of P(no | not yes). */
    static final List<String> NO = List.of("const", "knn_no", "no_rec");
    static final double[] NO_PRIOR = {0, 0.5, 0.5};
    static final List<String> NO_DESCRIPTIONS = List.of(
            "constant",
            "share of no among the state's non-yes votes on the 25 most similar earlier roll calls, weighted by similarity⁴ · 0.6^years",
            "share of no among the state's non-yes votes over the 3 years before, shrunk towards its share over all earlier votes");

    static final double PENALTY = 1e-3;

    private VoteFeatures() {
    }

    static double[] yes(VoteEvidence.State s) {
        return new double[] {1, LogisticModel.logit(s.wide()), s.seriesYes(),
                LogisticModel.logit(s.seriesRate()), LogisticModel.logit(s.recent()), LogisticModel.logit(s.issue()),
                LogisticModel.logit(s.bloc())};
    }

    static double[] no(VoteEvidence.State s) {
        return new double[] {1, LogisticModel.logit(s.noShare()), LogisticModel.logit(s.recentNoShare())};
    }

    static List<ModelWeight> weights(LogisticModel model, List<String> descriptions) {
        var weights = new ArrayList<ModelWeight>();
        for (int j = 0; j < model.features().size(); j++) {
            weights.add(new ModelWeight(model.features().get(j), descriptions.get(j), model.weights()[j]));
        }
        return weights;
    }
}
