package org.coalitiongraph.alignment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.projection.AnalyticsProjection;
import org.coalitiongraph.projection.Projection;
import org.coalitiongraph.projection.Scope;
import org.coalitiongraph.projection.Scopes;
import org.coalitiongraph.web.InvalidArgumentException;
import org.springframework.stereotype.Service;

/**
 * Agreement between actors, on the in-memory projection: vote agreement by popcounts over vote
 * bitsets, signature overlap by merging sorted statement lists. The plain Cypher answers in
 * {@code cypher/oracle/} are what the oracle tests hold these to.
 */
@Service
public final class Alignments {

    private final AnalyticsProjection projection;
    private final Scopes scopes;
    private final ProjectedActors actors;

    Alignments(AnalyticsProjection projection, Scopes scopes, ProjectedActors actors) {
        this.projection = projection;
        this.scopes = scopes;
        this.actors = actors;
    }

    /** The actors that vote most like {@code actorId}. */
    public List<CoVoter> coVoters(String actorId, AnalyticsFilter filter, int minShared, int first) {
        return ranked(actorId, filter, AlignmentBasis.VOTES, minShared, first, true).stream()
                .map(row -> new CoVoter(row.actor(), row.score(), row.votes().sharedRollCalls(),
                        row.votes().identical(), row.votes().oneAbstained(), row.votes().opposite()))
                .toList();
    }

    /**
     * @param minShared null for the basis' default
     * @param most      true for the most aligned first, false for the least
     */
    public List<AlignedActor> ranked(String actorId, AnalyticsFilter filter, AlignmentBasis by, Integer minShared,
            int first, boolean most) {
        int min = minShared == null ? by.defaultMinShared() : minShared;
        if (min < 0) {
            throw new InvalidArgumentException("minShared", "must be 0 or more, was " + min);
        }
        var p = projection.current();
        int a = actors.require(p, actorId, "actor");
        var scope = scopes.of(p, filter, "filter");
        if (a == ProjectedActors.NOT_YET_PROJECTED) {
            return List.of();
        }
        var ranking = new Ranking(p, most, first);
        if (by == AlignmentBasis.VOTES) {
            rankByVotes(p, a, scope, min, ranking);
        } else {
            rankBySignatures(p, a, scope, min, ranking);
        }
        var best = ranking.best();
        var loaded = actors.load(p, best.stream().map(Ranking.Ranked::actor).toList());
        return best.stream().filter(r -> loaded.containsKey(r.actor()))
                .map(r -> new AlignedActor(loaded.get(r.actor()), r.score(), r.basis(),
                        SignatureOverlap.between(p, a, r.actor(), scope),
                        VoteAgreement.between(p, a, r.actor(), scope.rollCalls())))
                .toList();
    }

    private static void rankByVotes(Projection p, int a, Scope scope, int minShared, Ranking ranking) {
        if (!p.voted(a)) {
            return;
        }
        for (int b = 0; b < p.actorCount(); b++) {
            if (b == a || !p.voted(b) || !scope.admitsActor(p.actorKind(b))) {
                continue;
            }
            var votes = VoteAgreement.between(p, a, b, scope.rollCalls());
            if (votes.sharedRollCalls() > 0 && votes.sharedRollCalls() >= minShared) {
                ranking.offer(b, votes.agreement(), votes.sharedRollCalls());
            }
        }
    }

    /** Jaccard over statements either signed, for every actor that signed anything within the scope. */
    private static void rankBySignatures(Projection p, int a, Scope scope, int minShared, Ranking ranking) {
        var signedInScope = new int[p.actorCount()];
        scope.statements().forEach(s -> {
            for (int b : p.signers(s)) {
                signedInScope[b]++;
            }
        });
        var together = new int[p.actorCount()];
        for (int s : p.signed(a)) {
            if (scope.admits(s)) {
                for (int b : p.signers(s)) {
                    together[b]++;
                }
            }
        }
        for (int b = 0; b < p.actorCount(); b++) {
            if (b == a || signedInScope[b] == 0 || !scope.admitsActor(p.actorKind(b))) {
                continue;
            }
            int union = signedInScope[a] + signedInScope[b] - together[b];
            if (union >= minShared) {
                ranking.offer(b, SignatureOverlap.jaccard(together[b], union), union);
            }
        }
    }

    /** How {@code aId} and {@code bId} align, overall and per period. */
    public Alignment between(String aId, String bId, AnalyticsFilter filter, Period per) {
        var p = projection.current();
        int a = actors.require(p, aId, "a");
        int b = actors.require(p, bId, "b");
        var scope = scopes.of(p, filter, "filter");
        var loaded = actors.load(p, List.of(a, b).stream().filter(n -> n >= 0).toList());
        var actorA = a >= 0 ? loaded.get(a) : actors.byId(aId);
        var actorB = b >= 0 ? loaded.get(b) : actors.byId(bId);
        var timeline = new ArrayList<AlignmentPeriod>();
        periods(p, a, b, scope, per).forEach((key, statements) -> {
            var period = scope.narrowedTo(p, statements);
            timeline.add(new AlignmentPeriod(key.label(), SignatureOverlap.between(p, a, b, period),
                    VoteAgreement.between(p, a, b, period.rollCalls())));
        });
        return new Alignment(actorA, actorB, SignatureOverlap.between(p, a, b, scope),
                VoteAgreement.between(p, a, b, scope.rollCalls()), timeline);
    }

    /** A period of a timeline, ordered by its first day (years by number; sessions by their first statement). */
    private record PeriodKey(int firstDay, String label) {
        static final Comparator<PeriodKey> ORDER = Comparator.comparingInt(PeriodKey::firstDay)
                .thenComparing(PeriodKey::label);
    }

    /** The admitted statements in which a or b signed or voted, grouped by period, oldest period first. */
    private static Map<PeriodKey, BitSet> periods(Projection p, int a, int b, Scope scope, Period per) {
        var byLabel = new TreeMap<String, BitSet>();
        var firstDays = new TreeMap<String, Integer>();
        for (int actor : new int[] {a, b}) {
            if (actor < 0) {
                continue;
            }
            for (int s : p.signed(actor)) {
                addToPeriod(p, s, scope, per, byLabel, firstDays);
            }
            if (p.voted(actor)) {
                for (int r = 0; r < p.rollCallCount(); r++) {
                    if (p.vote(actor, r) != null) {
                        addToPeriod(p, p.rollCallStatement(r), scope, per, byLabel, firstDays);
                    }
                }
            }
        }
        var ordered = new TreeMap<PeriodKey, BitSet>(PeriodKey.ORDER);
        byLabel.forEach((label, statements) -> ordered.put(new PeriodKey(
                per == Period.YEAR ? Integer.parseInt(label) : firstDays.get(label), label), statements));
        return ordered;
    }

    private static void addToPeriod(Projection p, int s, Scope scope, Period per, Map<String, BitSet> byLabel,
            Map<String, Integer> firstDays) {
        if (!scope.admits(s)) {
            return;
        }
        String label;
        if (per == Period.YEAR) {
            if (p.day(s) == Projection.NO_DATE) {
                return;
            }
            label = Integer.toString(p.date(s).getYear());
        } else {
            if (p.session(s) < 0) {
                return;
            }
            label = p.sessionId(p.session(s));
        }
        byLabel.computeIfAbsent(label, l -> new BitSet()).set(s);
        // Undated statements sort a session last, not first.
        int day = p.day(s) == Projection.NO_DATE ? Integer.MAX_VALUE : p.day(s);
        firstDays.merge(label, day, Math::min);
    }
}
