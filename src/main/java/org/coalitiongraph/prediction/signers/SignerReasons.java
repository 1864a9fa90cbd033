package org.coalitiongraph.prediction.signers;

import static org.coalitiongraph.prediction.signers.SignerFeatures.ACTIVITY;
import static org.coalitiongraph.prediction.signers.SignerFeatures.CO_KNOWN;
import static org.coalitiongraph.prediction.signers.SignerFeatures.CO_LEAD;
import static org.coalitiongraph.prediction.signers.SignerFeatures.GROUP_KNOWN;
import static org.coalitiongraph.prediction.signers.SignerFeatures.OTHER_SIDE;
import static org.coalitiongraph.prediction.signers.SignerFeatures.SAME_GROUP_LEAD;
import static org.coalitiongraph.prediction.signers.SignerFeatures.SAME_SIDE;
import static org.coalitiongraph.prediction.signers.SignerFeatures.SIGNED_COUNTERED;
import static org.coalitiongraph.prediction.signers.SignerFeatures.VOTES_KNOWN;
import static org.coalitiongraph.prediction.signers.SignerFeatures.VOTES_OPPOSING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.coalitiongraph.prediction.LogisticModel;
import org.coalitiongraph.prediction.Reason;
import org.coalitiongraph.projection.Projection;

/** The reasons behind one candidate's probability, in words and numbers, strongest first. */
final class SignerReasons {

    private SignerReasons() {
    }

    static List<Reason> of(SignerEvidence evidence, LogisticModel model, int c) {
        var p = evidence.history.p;
        var draft = evidence.history.draft;
        var x = evidence.features(c);
        var reasons = new ArrayList<Reason>();
        if (evidence.sameSeen[c] > 0) {
            add(reasons, model, x, SAME_SIDE, "signed %d of the %d earlier statements on this issue on the same side"
                    .formatted(evidence.sameSigned[c], evidence.sameSeen[c]));
        }
        if (evidence.otherSeen[c] > 0) {
            add(reasons, model, x, OTHER_SIDE, "signed %d of the %d earlier statements on this issue on the other side"
                    .formatted(evidence.otherSigned[c], evidence.otherSeen[c]));
        }
        if (evidence.countered[c] >= 0) {
            int s = evidence.countered[c];
            add(reasons, model, x, SIGNED_COUNTERED, "signed the opposing statement “%s”%s"
                    .formatted(p.title(s), p.date(s) == null ? "" : " (" + p.date(s) + ")"));
        }
        if (draft.leads().length > 0 && evidence.leadSeen[c] > 0) {
            add(reasons, model, x, CO_LEAD, "co-signed %d of the %d earlier statements of the lead (%s)"
                    .formatted(evidence.leadCoSigned[c], evidence.leadSeen[c], leadNames(p, draft)));
        }
        if (draft.known().length > 0) {
            add(reasons, model, x, CO_KNOWN, "co-signed %s of the known signatories' earlier statements"
                    .formatted(percent(evidence.knownShare[c])));
        }
        if (!Double.isNaN(evidence.votesKnown[c])) {
            add(reasons, model, x, VOTES_KNOWN, "voted with the %s %s of the time in UNGA roll calls of the %d years before (median state: %s)"
                    .formatted(draft.known().length > 0 ? "lead and known signatories" : "lead",
                            percent(evidence.votesKnown[c]), SignatureHistory.VOTE_YEARS,
                            percent(evidence.median(evidence.votesKnown))));
        }
        if (!Double.isNaN(evidence.votesOpposing[c])) {
            add(reasons, model, x, VOTES_OPPOSING, "voted with the signatories of the opposing statement %s of the time in UNGA roll calls of the %d years before (median state: %s)"
                    .formatted(percent(evidence.votesOpposing[c]), SignatureHistory.VOTE_YEARS,
                            percent(evidence.median(evidence.votesOpposing))));
        }
        if (evidence.sameGroupAsLead(c)) {
            add(reasons, model, x, SAME_GROUP_LEAD, "same regional group as the lead (%s)".formatted(p.regionalGroup(c)));
        }
        if (evidence.knownStates > 0 && p.regionalGroup(c) != null) {
            add(reasons, model, x, GROUP_KNOWN, knownInGroup(evidence.knownInGroup[c], evidence.knownStates)
                    + " in its regional group (" + p.regionalGroup(c) + ")");
        }
        if (evidence.bodySeen[c] > 0) {
            add(reasons, model, x, ACTIVITY, "signed %d of the %d statements%s of the %d years before"
                    .formatted(evidence.bodySigned[c], evidence.bodySeen[c],
                            draft.body() == null ? "" : " at the " + draft.body(), SignatureHistory.VOTE_YEARS));
        }
        reasons.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.effect())).thenComparing(Reason::feature));
        return reasons;
    }

    private static void add(List<Reason> reasons, LogisticModel model, double[] x, SignerFeatures feature, String text) {
        int j = feature.ordinal();
        reasons.add(new Reason(text, feature.feature, x[j], model.contribution(j, x)));
    }

    /** "the known signatory state is", "1 of the 3 known signatory states is", "2 of the 3 … are". */
    static String knownInGroup(int inGroup, int known) {
        if (known == 1) {
            return inGroup == 1 ? "the known signatory state is" : "the known signatory state is not";
        }
        return "%d of the %d known signatory states %s".formatted(inGroup, known, inGroup == 1 ? "is" : "are");
    }

    private static String leadNames(Projection p, Draft draft) {
        return String.join(", ", Arrays.stream(draft.leads()).mapToObj(p::actorName).toList());
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }
}
