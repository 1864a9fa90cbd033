package org.coalitiongraph.prediction.signers;

import static org.coalitiongraph.prediction.signers.SignerFeatures.lift;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.alignment.VoteAgreement;
import org.coalitiongraph.prediction.LogisticModel;
import org.coalitiongraph.projection.Projection;

/**
 * What the history says about each candidate, counted once for all of them: signatures by side,
 * co-signatures with the lead and the known signatories, vote agreement, regional groups. Counts are
 * kept both raw (for the reasons) and weighted by age (for the features). A statement whose list is
 * partial counts for the actors on it, never against those missing from it.
 */
final class SignerEvidence {

    /** Vote agreement over fewer shared roll calls than this is not counted. */
    static final int MIN_SHARED_VOTES = 10;

    final SignatureHistory history;
    private final Projection p;
    // By actor number: raw counts and weighted sums.
    final int[] sameSigned, sameSeen, otherSigned, otherSeen;
    final double[] sameWeight, sameTotal, otherWeight, otherTotal;
    final int[] leadCoSigned, leadSeen;
    final double[] leadWeight, leadTotal;
    final double[] knownLift, knownShare;
    final int[] bodySigned, bodySeen;
    final double[] bodyWeight, bodyTotal;
    /** The first opposed statement the actor signed, or -1. */
    final int[] countered;
    /** Mean vote agreement with the known side and with the opposing side; NaN where there is none. */
    final double[] votesKnown, votesOpposing;
    final double[] votesKnownZ, votesOpposingZ;
    final int[] knownInGroup;
    final String[] leadGroups;
    final int knownStates;

    SignerEvidence(SignatureHistory history) {
        this.history = history;
        this.p = history.p;
        int n = p.actorCount();
        sameSigned = new int[n];
        sameSeen = new int[n];
        otherSigned = new int[n];
        otherSeen = new int[n];
        sameWeight = new double[n];
        sameTotal = new double[n];
        otherWeight = new double[n];
        otherTotal = new double[n];
        leadCoSigned = new int[n];
        leadSeen = new int[n];
        leadWeight = new double[n];
        leadTotal = new double[n];
        knownLift = new double[n];
        knownShare = new double[n];
        bodySigned = new int[n];
        bodySeen = new int[n];
        bodyWeight = new double[n];
        bodyTotal = new double[n];
        countered = new int[n];
        Arrays.fill(countered, -1);
        countSides();
        countCoSignatures();
        countBody();
        votesKnown = agreement(knownSide());
        votesOpposing = agreement(opposingSigners());
        votesKnownZ = standardised(votesKnown);
        votesOpposingZ = standardised(votesOpposing);
        knownInGroup = new int[n];
        var draft = history.draft;
        leadGroups = Arrays.stream(draft.leads()).mapToObj(p::regionalGroup).filter(Objects::nonNull)
                .distinct().toArray(String[]::new);
        int states = 0;
        for (int k : knownSide()) {
            if (p.actorKind(k) == ActorKind.STATE) {
                states++;
                for (int c : history.candidates) {
                    if (p.regionalGroup(k) != null && p.regionalGroup(k).equals(p.regionalGroup(c))) {
                        knownInGroup[c]++;
                    }
                }
            }
        }
        knownStates = states;
    }

    /** The candidate's features, in {@link SignerFeatures} order. */
    double[] features(int c) {
        double b = history.baseRate;
        var x = new double[SignerFeatures.values().length];
        x[SignerFeatures.CONST.ordinal()] = 1;
        x[SignerFeatures.BASE.ordinal()] = LogisticModel.logit(b);
        x[SignerFeatures.SAME_SIDE.ordinal()] = lift(sameWeight[c], sameTotal[c], b);
        x[SignerFeatures.OTHER_SIDE.ordinal()] = lift(otherWeight[c], otherTotal[c], b);
        x[SignerFeatures.SIGNED_COUNTERED.ordinal()] = countered[c] >= 0 ? 1 : 0;
        x[SignerFeatures.CO_LEAD.ordinal()] = history.draft.leads().length == 0 ? 0 : lift(leadWeight[c], leadTotal[c], b);
        x[SignerFeatures.CO_KNOWN.ordinal()] = knownLift[c];
        x[SignerFeatures.VOTES_KNOWN.ordinal()] = votesKnownZ[c];
        x[SignerFeatures.VOTES_OPPOSING.ordinal()] = votesOpposingZ[c];
        x[SignerFeatures.SAME_GROUP_LEAD.ordinal()] = sameGroupAsLead(c) ? 1 : 0;
        x[SignerFeatures.GROUP_KNOWN.ordinal()] = knownStates == 0 || p.regionalGroup(c) == null ? 0
                : LogisticModel.logit((knownInGroup[c] + 1.0) / (knownStates + 5.0)) - LogisticModel.logit(0.2);
        x[SignerFeatures.ACTIVITY.ordinal()] = lift(bodyWeight[c], bodyTotal[c], b);
        return x;
    }

    boolean sameGroupAsLead(int c) {
        var group = p.regionalGroup(c);
        for (var leadGroup : leadGroups) {
            if (leadGroup.equals(group)) {
                return true;
            }
        }
        return false;
    }

    /** The lead and the known signatories. */
    int[] knownSide() {
        var draft = history.draft;
        return IntStream.concat(Arrays.stream(draft.leads()), Arrays.stream(draft.known()))
                .distinct().toArray();
    }

    /** The signatories of the statements the draft opposes. */
    int[] opposingSigners() {
        return Arrays.stream(history.draft.counters()).filter(history::visible)
                .flatMap(s -> Arrays.stream(p.signers(s))).distinct().toArray();
    }

    private void countSides() {
        for (int s : history.statements) {
            var side = history.side(s);
            boolean opposed = history.draft.counters(s);
            if (side == SignatureHistory.Side.NONE && !opposed) {
                continue;
            }
            // A statement without a side on the draft's issues says less: half weight.
            double w = history.weight(s) * (side == SignatureHistory.Side.ISSUE ? 0.5 : 1);
            boolean complete = history.complete(s);
            boolean same = side == SignatureHistory.Side.SAME || side == SignatureHistory.Side.ISSUE;
            if (complete && side != SignatureHistory.Side.NONE) {
                for (int c : history.candidates) {
                    if (same) {
                        sameTotal[c] += w;
                        sameSeen[c]++;
                    } else {
                        otherTotal[c] += w;
                        otherSeen[c]++;
                    }
                }
            }
            for (int a : p.signers(s)) {
                if (opposed && countered[a] < 0) {
                    countered[a] = s;
                }
                if (side == SignatureHistory.Side.NONE) {
                    continue;
                }
                if (same) {
                    sameWeight[a] += w;
                    sameSigned[a]++;
                    if (!complete) {
                        sameTotal[a] += w;
                        sameSeen[a]++;
                    }
                } else {
                    otherWeight[a] += w;
                    otherSigned[a]++;
                    if (!complete) {
                        otherTotal[a] += w;
                        otherSeen[a]++;
                    }
                }
            }
        }
    }

    private void countCoSignatures() {
        var draft = history.draft;
        double b = history.baseRate;
        var weight = new double[p.actorCount()];
        var total = new double[p.actorCount()];
        var shareSum = new double[p.actorCount()];
        int knownCount = 0;
        for (int k : knownSide()) {
            boolean lead = Draft.contains(draft.leads(), k);
            Arrays.fill(weight, 0);
            Arrays.fill(total, 0);
            double common = 0;
            var signedRaw = new int[p.actorCount()];
            int seen = 0;
            for (int s : p.signed(k)) {
                if (!history.visible(s) || p.rollCallOf(s) >= 0) {
                    continue;
                }
                double w = history.weight(s);
                boolean complete = history.complete(s);
                seen++;
                if (complete) {
                    common += w;
                }
                for (int a : p.signers(s)) {
                    weight[a] += w;
                    signedRaw[a]++;
                    if (!complete) {
                        total[a] += w;
                    }
                }
            }
            for (int c : history.candidates) {
                if (lead) {
                    leadWeight[c] += weight[c];
                    leadTotal[c] += total[c] + common;
                    leadCoSigned[c] += signedRaw[c];
                    leadSeen[c] += seen;
                } else {
                    knownLift[c] += lift(weight[c], total[c] + common, b);
                    shareSum[c] += seen == 0 ? 0 : signedRaw[c] / (double) seen;
                }
            }
            knownCount += lead ? 0 : 1;
        }
        if (knownCount > 0) {
            for (int c : history.candidates) {
                knownLift[c] /= knownCount;
                knownShare[c] = shareSum[c] / knownCount;
            }
        }
    }

    private void countBody() {
        int since = history.draft.asOfDay() - (int) Math.round(SignatureHistory.VOTE_YEARS * 365.25);
        for (int s : history.statements) {
            int day = p.day(s);
            if (day == Projection.NO_DATE || day < since || !history.atDraftBody(s) || history.draft.counters(s)) {
                continue;
            }
            double w = history.weight(s);
            boolean complete = history.complete(s);
            if (complete) {
                for (int c : history.candidates) {
                    bodyTotal[c] += w;
                    bodySeen[c]++;
                }
            }
            for (int a : p.signers(s)) {
                bodyWeight[a] += w;
                bodySigned[a]++;
                if (!complete) {
                    bodyTotal[a] += w;
                    bodySeen[a]++;
                }
            }
        }
    }

    /** Each candidate's mean vote agreement with {@code others} over the recent roll calls; NaN without any. */
    private double[] agreement(int[] others) {
        var mean = new double[p.actorCount()];
        Arrays.fill(mean, Double.NaN);
        for (int c : history.candidates) {
            double sum = 0;
            int count = 0;
            for (int o : others) {
                if (o == c) {
                    continue;
                }
                var agreement = VoteAgreement.between(p, c, o, history.recentRollCalls);
                if (agreement.sharedRollCalls() >= MIN_SHARED_VOTES) {
                    sum += agreement.agreement();
                    count++;
                }
            }
            if (count > 0) {
                mean[c] = sum / count;
            }
        }
        return mean;
    }

    /** Values as standard scores over the candidates that have one, within ±3; 0 for the others. */
    private double[] standardised(double[] values) {
        double sum = 0, squares = 0;
        int count = 0;
        for (int c : history.candidates) {
            if (!Double.isNaN(values[c])) {
                sum += values[c];
                squares += values[c] * values[c];
                count++;
            }
        }
        var z = new double[values.length];
        if (count < 2) {
            return z;
        }
        double mean = sum / count;
        double sd = Math.sqrt(Math.max(0, squares / count - mean * mean));
        if (sd < 1e-9) {
            return z;
        }
        for (int c : history.candidates) {
            z[c] = Double.isNaN(values[c]) ? 0 : Math.max(-3, Math.min(3, (values[c] - mean) / sd));
        }
        return z;
    }

    /** The median of the candidates' values, NaN without any: what "a typical state" means in reasons. */
    double median(double[] values) {
        var present = Arrays.stream(history.candidates).mapToDouble(c -> values[c])
                .filter(v -> !Double.isNaN(v)).sorted().toArray();
        return present.length == 0 ? Double.NaN : present[present.length / 2];
    }
}
