package org.coalitiongraph.prediction.signers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.prediction.LogisticModel;
import org.coalitiongraph.projection.Projection;
import org.springframework.stereotype.Component;

/**
 * The likely-signers model as of a day: a logistic regression over {@link SignerFeatures}, fitted on
 * the statements with complete lists dated before that day, each predicted as it would have been then
 * (its lead known, nothing else). The fit is pulled towards the documented prior weights, so that a
 * short history moves them a little and a long one decides them. Fits are kept per projection version
 * and day: asking again costs nothing.
 */
@Component
final class SignerModel {

    /** The newest this many statements are fitted on. */
    static final int TRAINING_STATEMENTS = 60;
    /** Ridge penalty in all, towards the prior: worth about this many examples per weight. */
    static final double PRIOR_STRENGTH = 20;
    private static final int CACHED_DAYS = 512;

    private volatile Fits fits = new Fits(-1, new ConcurrentHashMap<>());

    private record Fits(long version, Map<Integer, LogisticModel> byDay) {
    }

    LogisticModel asOf(Projection p, int day) {
        var current = fits;
        if (current.version() != p.version() || current.byDay().size() > CACHED_DAYS) {
            current = new Fits(p.version(), new ConcurrentHashMap<>());
            fits = current;
        }
        return current.byDay().computeIfAbsent(day, d -> fit(p, d));
    }

    static LogisticModel fit(Projection p, int day) {
        var rows = new ArrayList<double[]>();
        var outcomes = new ArrayList<Boolean>();
        for (int s : trainingStatements(p, day)) {
            var draft = Drafts.ofStatement(p, s, new int[0]);
            var evidence = new SignerEvidence(new SignatureHistory(p, draft));
            for (int c : evidence.history.candidates) {
                rows.add(evidence.features(c));
                outcomes.add(Arrays.binarySearch(p.signers(s), c) >= 0);
            }
        }
        var x = rows.toArray(double[][]::new);
        var y = new boolean[outcomes.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = outcomes.get(i);
        }
        return LogisticModel.fit(SignerFeatures.names(), x, y, SignerFeatures.priors(),
                PRIOR_STRENGTH / Math.max(1, x.length));
    }

    /** Statements a prediction can learn from: dated before the day, complete lists, two states or more. */
    static List<Integer> trainingStatements(Projection p, int day) {
        var eligible = new ArrayList<Integer>();
        for (int s = 0; s < p.statementCount(); s++) {
            if (scorable(p, s) && p.day(s) < day) {
                eligible.add(s);
            }
        }
        eligible.sort(p.newestFirst());
        return eligible.subList(0, Math.min(TRAINING_STATEMENTS, eligible.size()));
    }

    /** A statement whose list can be predicted and scored: dated, not a roll call, complete, signed by two states or more. */
    static boolean scorable(Projection p, int s) {
        if (p.rollCallOf(s) >= 0 || p.day(s) == Projection.NO_DATE || !Boolean.TRUE.equals(p.listComplete(s))) {
            return false;
        }
        int states = 0;
        for (int a : p.signers(s)) {
            states += p.actorKind(a) == ActorKind.STATE ? 1 : 0;
        }
        return states >= 2;
    }
}
