package org.coalitiongraph.prediction.signers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.projection.Projection;

/**
 * What a prediction may see of the signatures: the statements dated before the draft's day, plus
 * the statements it counters whatever their date, never the statement being predicted; each
 * statement's side relative to the draft, its weight by age, and the base rate of signing.
 */
final class SignatureHistory {

    /** A statement's side on the draft's issues. */
    enum Side {
        /** Same issue (or a broader or narrower one), same stance. */
        SAME,
        /** Same issue, the other stance. */
        OTHER,
        /** Same issue, no stance recorded on one side. */
        ISSUE,
        /** None of the draft's issues. */
        NONE
    }

    /** Signatures lose half their weight every this many years. */
    static final double HALF_LIFE_YEARS = 4;
    /** Votes count from this many years before the draft. */
    static final int VOTE_YEARS = 5;
    /** Without history, the share of states taken to sign a statement. */
    static final double DEFAULT_BASE_RATE = 0.1;

    final Projection p;
    final Draft draft;
    /** The visible statements signed by at least one actor, newest first. */
    final int[] statements;
    /** The seated states not known to sign: the candidates. */
    final int[] candidates;
    /** The average share of seated states signing a visible statement with a complete list. */
    final double baseRate;
    /** The roll calls of the {@link #VOTE_YEARS} years before the draft, as a mask over vote bitsets. */
    final long[] recentRollCalls;
    private final Map<Integer, String> draftStanceByIssue;

    SignatureHistory(Projection p, Draft draft) {
        this.p = p;
        this.draft = draft;
        this.draftStanceByIssue = relatedIssues(p, draft);
        var visible = new ArrayList<Integer>();
        for (int s = 0; s < p.statementCount(); s++) {
            if (p.rollCallOf(s) < 0 && p.signers(s).length > 0 && visible(s)) {
                visible.add(s);
            }
        }
        visible.sort(p.newestFirst());
        this.statements = visible.stream().mapToInt(Integer::intValue).toArray();
        var seated = new ArrayList<Integer>();
        for (int a = 0; a < p.actorCount(); a++) {
            if (p.seatedState(a, draft.asOfDay()) && !draft.isKnown(a)) {
                seated.add(a);
            }
        }
        this.candidates = seated.stream().mapToInt(Integer::intValue).toArray();
        this.baseRate = baseRate(p, statements, Math.max(1, candidates.length + draft.known().length + draft.leads().length));
        this.recentRollCalls = recentRollCalls(p, draft.asOfDay());
    }

    boolean visible(int s) {
        if (s == draft.statement()) {
            return false;
        }
        int day = p.day(s);
        return (day != Projection.NO_DATE && day < draft.asOfDay()) || draft.counters(s);
    }

    /** Whether the list of signatories is known whole, so that a missing name means "did not sign". */
    boolean complete(int s) {
        return Boolean.TRUE.equals(p.listComplete(s));
    }

    /** 1 for a statement of the draft's day, halving every {@link #HALF_LIFE_YEARS}. */
    double weight(int s) {
        int day = p.day(s);
        double years = day == Projection.NO_DATE ? 0 : Math.max(0, (draft.asOfDay() - day) / 365.25);
        return Math.pow(0.5, years / HALF_LIFE_YEARS);
    }

    boolean atDraftBody(int s) {
        if (draft.body() == null) {
            return true;
        }
        int session = p.session(s);
        return session >= 0 && draft.body().equalsIgnoreCase(p.sessionBody(session));
    }

    Side side(int s) {
        var issues = p.issues(s);
        var stances = p.stances(s);
        var side = Side.NONE;
        for (int i = 0; i < issues.length; i++) {
            if (!draftStanceByIssue.containsKey(issues[i])) {
                continue;
            }
            var draftStance = draftStanceByIssue.get(issues[i]);
            if (draftStance == null || stances[i] == null) {
                side = side == Side.NONE ? Side.ISSUE : side;
            } else if (draftStance.equalsIgnoreCase(stances[i])) {
                return Side.SAME;
            } else {
                side = Side.OTHER;
            }
        }
        return side;
    }

    /** The draft's issues and every broader and narrower one, each with the draft's stance on the issue it relates to. */
    private static Map<Integer, String> relatedIssues(Projection p, Draft draft) {
        var broader = new HashMap<Integer, List<Integer>>();
        for (int i = 0; i < p.issueCount(); i++) {
            for (int n : p.narrower(i)) {
                broader.computeIfAbsent(n, key -> new ArrayList<>()).add(i);
            }
        }
        var related = new HashMap<Integer, String>();
        // Exact issues first, so that a stance on the issue itself wins over one on a relative.
        for (int j = 0; j < draft.issues().length; j++) {
            related.put(draft.issues()[j], draft.stances()[j]);
        }
        for (int j = 0; j < draft.issues().length; j++) {
            var stance = draft.stances()[j];
            var queue = new ArrayDeque<Integer>();
            queue.add(draft.issues()[j]);
            while (!queue.isEmpty()) {
                for (int n : p.narrower(queue.poll())) {
                    if (!related.containsKey(n)) {
                        related.put(n, stance);
                        queue.add(n);
                    }
                }
            }
            queue.add(draft.issues()[j]);
            while (!queue.isEmpty()) {
                for (int b : broader.getOrDefault(queue.poll(), List.of())) {
                    if (!related.containsKey(b)) {
                        related.put(b, stance);
                        queue.add(b);
                    }
                }
            }
        }
        return related;
    }

    private static double baseRate(Projection p, int[] statements, int states) {
        double sum = 0;
        int counted = 0;
        for (int s : statements) {
            if (!Boolean.TRUE.equals(p.listComplete(s))) {
                continue;
            }
            int signers = 0;
            for (int a : p.signers(s)) {
                signers += p.actorKind(a) == ActorKind.STATE ? 1 : 0;
            }
            if (signers > 1) {
                sum += Math.min(1, signers / (double) states);
                counted++;
            }
        }
        return counted == 0 ? DEFAULT_BASE_RATE : Math.min(0.9, Math.max(0.01, sum / counted));
    }

    private static long[] recentRollCalls(Projection p, int asOfDay) {
        var mask = new long[p.rollCallWords()];
        int from = asOfDay - (int) Math.round(VOTE_YEARS * 365.25);
        for (int r = 0; r < p.rollCallCount(); r++) {
            int day = p.day(p.rollCallStatement(r));
            if (day != Projection.NO_DATE && day >= from && day < asOfDay) {
                mask[r >>> 6] |= 1L << r;
            }
        }
        return mask;
    }
}
