package org.coalitiongraph.prediction.signers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.coalitiongraph.alignment.ProjectedActors;
import org.coalitiongraph.prediction.LogisticModel;
import org.coalitiongraph.projection.AnalyticsProjection;
import org.coalitiongraph.projection.Projection;
import org.coalitiongraph.web.InvalidArgumentException;
import org.coalitiongraph.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Ranks the states most likely to join a statement, on the in-memory projection: a draft described by
 * its issues, lead, known signatories and the statements it opposes, or a statement in the graph
 * predicted as if its list were unknown. Only what is dated before the draft's day is seen, plus the
 * statements it opposes.
 */
@Service
public final class LikelySigners {

    /** No more states than this are ranked at once, all of them by default. */
    public static final int MAX_FIRST = 500;

    private final AnalyticsProjection projection;
    private final ProjectedActors actors;
    private final SignerModel model;

    LikelySigners(AnalyticsProjection projection, ProjectedActors actors, SignerModel model) {
        this.projection = projection;
        this.actors = actors;
        this.model = model;
    }

    public SignerForecast forDraft(DraftInput input, Integer first) {
        var p = projection.current();
        var issues = input.issues() == null ? List.<DraftInput.DraftIssue>of() : input.issues();
        var issueNumbers = new int[issues.size()];
        var stances = new String[issues.size()];
        for (int i = 0; i < issues.size(); i++) {
            var issue = issues.get(i);
            issueNumbers[i] = p.issueIndex(issue.issue());
            if (issueNumbers[i] < 0) {
                throw new NotFoundException("draft.issues", "issue", issue.issue());
            }
            stances[i] = issue.stance() == null || issue.stance().isBlank() ? null : issue.stance().strip();
        }
        var body = input.body();
        if (input.session() != null) {
            int session = p.sessionIndex(input.session());
            if (session < 0) {
                throw new NotFoundException("draft.session", "session", input.session());
            }
            body = body == null ? p.sessionBody(session) : body;
        }
        var leads = input.lead() == null ? new int[0] : actorNumbers(p, List.of(input.lead()), "draft.lead");
        var known = actorNumbers(p, input.signatories(), "draft.signatories");
        var counters = statementNumbers(p, input.counters(), "draft.counters");
        var asOf = input.asOf() == null ? LocalDate.now() : input.asOf();
        var draft = new Draft(issueNumbers, stances, body, leads, known, counters, (int) asOf.toEpochDay(), -1);
        return forecast(p, draft, asOf, limit(first));
    }

    public SignerForecast forStatement(String statementId, List<String> known, Integer first) {
        var p = projection.current();
        int s = p.statement(statementId);
        if (s < 0) {
            throw new NotFoundException("forStatement", "statement", statementId);
        }
        if (p.day(s) == Projection.NO_DATE) {
            throw new InvalidArgumentException("forStatement",
                    statementId + " has no date, so what came before it is unknown; describe it as a draft with asOf");
        }
        var draft = Drafts.ofStatement(p, s, actorNumbers(p, known, "known"));
        return forecast(p, draft, p.date(s), limit(first));
    }

    private SignerForecast forecast(Projection p, Draft draft, LocalDate asOf, int first) {
        var fitted = model.asOf(p, draft.asOfDay());
        var evidence = new SignerEvidence(new SignatureHistory(p, draft));
        var candidates = evidence.history.candidates;
        var probabilities = new double[p.actorCount()];
        for (int c : candidates) {
            probabilities[c] = fitted.probability(evidence.features(c));
        }
        var ranked = IntStream.of(candidates).boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> -probabilities[c])
                        .thenComparing(p::actorSortKey).thenComparing(p::actorId))
                .limit(first).toList();
        var loaded = actors.load(p, ranked);
        var signers = new ArrayList<LikelySigner>();
        for (int c : ranked) {
            var actor = loaded.get(c);
            if (actor != null) {
                signers.add(new LikelySigner(actor, probabilities[c], SignerReasons.of(evidence, fitted, c),
                        draft.statement() < 0 ? null : Arrays.binarySearch(p.signers(draft.statement()), c) >= 0));
            }
        }
        return new SignerForecast(asOf, candidates.length, evidence.history.baseRate, signers,
                SignerFeatures.weights(fitted.weights()));
    }

    /** The model as fitted for a day, for the backtest. */
    LogisticModel modelAsOf(Projection p, int day) {
        return model.asOf(p, day);
    }

    private static int limit(Integer first) {
        if (first == null) {
            return MAX_FIRST;
        }
        if (first < 0 || first > MAX_FIRST) {
            throw new InvalidArgumentException("first", "must be between 0 and " + MAX_FIRST + ", was " + first);
        }
        return first;
    }

    private int[] actorNumbers(Projection p, List<String> ids, String argument) {
        if (ids == null) {
            return new int[0];
        }
        return ids.stream().mapToInt(id -> actors.require(p, id, argument))
                .filter(a -> a != ProjectedActors.NOT_YET_PROJECTED).distinct().toArray();
    }

    private static int[] statementNumbers(Projection p, List<String> ids, String argument) {
        if (ids == null) {
            return new int[0];
        }
        return ids.stream().mapToInt(id -> {
            int s = p.statement(id);
            if (s < 0) {
                throw new NotFoundException(argument, "statement", id);
            }
            return s;
        }).distinct().toArray();
    }
}
