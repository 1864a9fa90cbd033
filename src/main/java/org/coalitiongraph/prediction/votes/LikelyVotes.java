package org.coalitiongraph.prediction.votes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.coalitiongraph.alignment.ProjectedActors;
import org.coalitiongraph.prediction.ModelWeight;
import org.coalitiongraph.projection.AnalyticsProjection;
import org.coalitiongraph.projection.Projection;
import org.coalitiongraph.web.InvalidArgumentException;
import org.coalitiongraph.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * How each state is likely to vote in a roll call, from the votes dated before {@code asOf} only.
 *
 * <p>The models are fitted on the fifteen years before January 1 of the year read up to, and kept
 * for the projection version: every question about the same year asks the same fitted model.
 */
@Service
public final class LikelyVotes {

    /** Candidates are the states that voted within this many days before the cut-off. */
    static final int ACTIVE_DAYS = 365;

    private final AnalyticsProjection projection;
    private final VoteHistories histories;
    private final ProjectedActors actors;
    /** Fitted models by projection version and year; those of older versions are dropped. */
    private final Map<ModelKey, VoteModels> models = new ConcurrentHashMap<>();

    private record ModelKey(long version, int year) {
    }

    LikelyVotes(AnalyticsProjection projection, VoteHistories histories, ProjectedActors actors) {
        this.projection = projection;
        this.histories = histories;
        this.actors = actors;
    }

    /**
     * @param rollCallId a roll call's statement id
     * @param asOf       the first day not read; null for the roll call's date. Never later than that
     *                   date: votes cast after it would tell what the other states were doing by then,
     *                   and its own votes are never read
     */
    public LikelyVotesAnswer of(String rollCallId, LocalDate asOf, int first) {
        var p = projection.current();
        var history = histories.of(p);
        int statement = p.statement(rollCallId);
        int rollCall = statement < 0 ? -1 : p.rollCallOf(statement);
        if (rollCall < 0) {
            throw new NotFoundException("rollCall", "roll call with votes", rollCallId);
        }
        if (p.day(statement) == Projection.NO_DATE) {
            throw new InvalidArgumentException("rollCall", "'" + rollCallId + "' has no date, so no history comes before it");
        }
        int day = p.day(statement);
        int cutoff = asOf == null ? day : (int) Math.min(day, asOf.toEpochDay());
        var target = new Target(rollCall, cutoff, candidates(history, cutoff));
        var evidence = target.evidence(history);
        var fitted = modelsFor(p, history, cutoff);
        var loaded = actors.load(p, IntStream.of(target.candidates()).boxed().toList());
        var rows = new ArrayList<LikelyVote>();
        boolean hasIssue = p.issues(statement).length > 0;
        for (int c = 0; c < target.candidates().length; c++) {
            int a = target.candidates()[c];
            var s = evidence[c];
            double yes = fitted.yes().probability(VoteFeatures.yes(s));
            double noGivenNotYes = fitted.no().probability(VoteFeatures.no(s));
            var actor = loaded.get(a);
            if (actor != null) {
                rows.add(new LikelyVote(actor, yes, (1 - yes) * noGivenNotYes, (1 - yes) * (1 - noGivenNotYes),
                        p.vote(a, rollCall), VoteReasons.of(history, fitted.yes(), s, a, hasIssue)));
            }
        }
        rows.sort(Comparator.comparingDouble((LikelyVote v) -> -v.yes())
                .thenComparing(v -> v.state().getName().toLowerCase(Locale.ROOT))
                .thenComparing(v -> v.state().getId()));
        var weights = new ArrayList<ModelWeight>(VoteFeatures.weights(fitted.yes(), VoteFeatures.YES_DESCRIPTIONS));
        for (var w : VoteFeatures.weights(fitted.no(), VoteFeatures.NO_DESCRIPTIONS)) {
            weights.add(new ModelWeight("no." + w.feature(), "P(no | not yes): " + w.description(), w.weight()));
        }
        return new LikelyVotesAnswer(rollCallId, LocalDate.ofEpochDay(cutoff), rows.size(),
                rows.subList(0, Math.min(first, rows.size())), weights);
    }

    /** The states that voted in the year before the cut-off; without any, all that voted before it. */
    static int[] candidates(VoteHistory history, int cutoff) {
        int end = history.before(cutoff);
        int recentFrom = history.before(cutoff - ACTIVE_DAYS);
        var p = history.projection;
        int[] recent = IntStream.range(0, p.actorCount())
                .filter(a -> history.counts(a, null, recentFrom, end).votes() > 0).toArray();
        return recent.length > 0 ? recent
                : IntStream.range(0, p.actorCount()).filter(a -> history.counts(a, null, 0, end).votes() > 0).toArray();
    }

    private VoteModels modelsFor(Projection p, VoteHistory history, int cutoff) {
        models.keySet().removeIf(key -> key.version() < p.version());
        var key = new ModelKey(p.version(), LocalDate.ofEpochDay(cutoff).getYear());
        return models.computeIfAbsent(key,
                k -> VoteModels.fit(history, (int) LocalDate.of(k.year(), 1, 1).toEpochDay()));
    }
}
