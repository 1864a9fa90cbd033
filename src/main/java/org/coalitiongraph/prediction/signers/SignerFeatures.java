package org.coalitiongraph.prediction.signers;

import java.util.Arrays;
import java.util.List;

import org.coalitiongraph.prediction.LogisticModel;
import org.coalitiongraph.prediction.ModelWeight;

/**
 * The features of the likely-signers model, what each measures, and the prior weight each starts
 * from before history is fitted. Rates are smoothed towards the base rate and given as log-odds above
 * it, so that a state about which nothing is known scores 0 on each.
 */
enum SignerFeatures {

    CONST("const", 0, "the constant"),
    BASE("base", 1.0, "log-odds of the base rate: the average share of states signing an earlier statement"),
    SAME_SIDE("same_side", 0.9,
            "earlier statements on the draft's issues (or broader or narrower ones) and side signed: recency-weighted share"),
    OTHER_SIDE("other_side", -0.6, "earlier statements on the draft's issues taking the other side signed"),
    SIGNED_COUNTERED("signed_countered", -2.0, "signed a statement the draft opposes (1 or 0)"),
    CO_LEAD("co_lead", 0.5, "share of the lead's earlier statements co-signed"),
    CO_KNOWN("co_known", 0.5, "share of the known signatories' earlier statements co-signed, averaged"),
    VOTES_KNOWN("votes_known", 0.8,
            "UNGA vote agreement with the lead and known signatories in the 5 years before, standardised over the candidates"),
    VOTES_OPPOSING("votes_opposing", -0.5,
            "UNGA vote agreement with the signatories of the opposed statements, standardised over the candidates"),
    SAME_GROUP_LEAD("same_group_lead", 0.6, "in the lead's UN regional group (1 or 0)"),
    GROUP_KNOWN("group_known", 0.5, "share of the known signatories in the state's regional group"),
    ACTIVITY("activity", 0.3, "share of the statements at the draft's body signed in the 5 years before");

    /** Smoothing: a rate starts as this many statements at the base rate. */
    static final double PSEUDO_COUNT = 2;

    final String feature;
    final double prior;
    final String description;

    SignerFeatures(String feature, double prior, String description) {
        this.feature = feature;
        this.prior = prior;
        this.description = description;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(f -> f.feature).toList();
    }

    static double[] priors() {
        return Arrays.stream(values()).mapToDouble(f -> f.prior).toArray();
    }

    static List<ModelWeight> weights(double[] weights) {
        return Arrays.stream(values())
                .map(f -> new ModelWeight(f.feature, f.description, weights[f.ordinal()])).toList();
    }

    /** A smoothed rate as log-odds above the base rate: 0 when nothing is known. */
    static double lift(double hits, double total, double baseRate) {
        double rate = (hits + PSEUDO_COUNT * baseRate) / (total + PSEUDO_COUNT);
        return LogisticModel.logit(rate) - LogisticModel.logit(baseRate);
    }
}
