package org.coalitiongraph.projection;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import java.util.stream.IntStream;

import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.filter.AnalyticsFilter;

/**
 * An {@link AnalyticsFilter} evaluated on a projection: the statements it admits as a bitset, the
 * roll calls among them as a mask for vote bitsets, and the kinds of actor an answer may hold. The
 * same rules as {@code cypher/queries/filter/statements-in-scope.cypher}, which the oracle tests hold it to.
 */
public final class Scope {

    private final BitSet statements;
    private final long[] rollCalls;
    private final EnumSet<ActorKind> actorKinds;
    private final int statementCount;

    private Scope(BitSet statements, long[] rollCalls, EnumSet<ActorKind> actorKinds, int statementCount) {
        this.statements = statements;
        this.rollCalls = rollCalls;
        this.actorKinds = actorKinds;
        this.statementCount = statementCount;
    }

    /** The filter on the projection. Ids the projection does not know match nothing. */
    public static Scope of(Projection projection, AnalyticsFilter filter) {
        var actorKinds = filter.actorKinds() == null ? EnumSet.allOf(ActorKind.class) : EnumSet.copyOf(filter.actorKinds());
        int words = projection.rollCallWords();
        var rollCalls = new long[words];
        if (!filter.restrictsStatements()) {
            for (int r = 0; r < projection.rollCallCount(); r++) {
                rollCalls[r >>> 6] |= 1L << r;
            }
            return new Scope(null, rollCalls, actorKinds, projection.statementCount());
        }
        var issues = filter.issues() == null ? null : selfAndNarrower(projection, filter.issues());
        var sessions = filter.sessions() == null ? null : sessionsOf(projection, filter.sessions());
        var bodies = filter.bodies() == null ? null
                : filter.bodies().stream().map(body -> body.strip().toUpperCase(Locale.ROOT)).toList();
        int from = filter.from() == null ? Integer.MIN_VALUE : (int) filter.from().toEpochDay();
        int to = filter.to() == null ? Integer.MAX_VALUE : (int) filter.to().toEpochDay();
        var statements = new BitSet(projection.statementCount());
        for (int s = 0; s < projection.statementCount(); s++) {
            if (admits(projection, s, filter, issues, sessions, bodies, from, to)) {
                statements.set(s);
                int r = projection.rollCallOf(s);
                if (r >= 0) {
                    rollCalls[r >>> 6] |= 1L << r;
                }
            }
        }
        return new Scope(statements, rollCalls, actorKinds, projection.statementCount());
    }

    private static boolean admits(Projection p, int s, AnalyticsFilter filter, BitSet issues, BitSet sessions,
            List<String> bodies, int from, int to) {
        if (filter.kinds() != null && !filter.kinds().contains(p.statementKind(s))) {
            return false;
        }
        int day = p.day(s);
        if ((filter.from() != null || filter.to() != null) && (day == Projection.NO_DATE || day < from || day > to)) {
            return false;
        }
        int session = p.session(s);
        if (sessions != null && (session < 0 || !sessions.get(session))) {
            return false;
        }
        if (bodies != null && (session < 0 || !bodies.contains(p.sessionBody(session)))) {
            return false;
        }
        if (issues != null) {
            for (int issue : p.issues(s)) {
                if (issues.get(issue)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** The issues given and every issue under them, at any depth (the issue tree may share branches). */
    private static BitSet selfAndNarrower(Projection p, List<String> ids) {
        var all = new BitSet(p.issueCount());
        var stack = new ArrayDeque<Integer>();
        for (var id : ids) {
            int issue = p.issueIndex(id);
            if (issue >= 0 && !all.get(issue)) {
                all.set(issue);
                stack.push(issue);
            }
        }
        while (!stack.isEmpty()) {
            for (int child : p.narrower(stack.pop())) {
                if (!all.get(child)) {
                    all.set(child);
                    stack.push(child);
                }
            }
        }
        return all;
    }

    private static BitSet sessionsOf(Projection p, List<String> ids) {
        var sessions = new BitSet();
        for (var id : ids) {
            int session = p.sessionIndex(id);
            if (session >= 0) {
                sessions.set(session);
            }
        }
        return sessions;
    }

    /** This scope narrowed to {@code statements} (which it must admit), e.g. one year of a timeline. */
    public Scope narrowedTo(Projection projection, BitSet statements) {
        var rollCalls = new long[projection.rollCallWords()];
        statements.stream().forEach(s -> {
            int r = projection.rollCallOf(s);
            if (r >= 0) {
                rollCalls[r >>> 6] |= 1L << r;
            }
        });
        return new Scope((BitSet) statements.clone(), rollCalls, actorKinds, statementCount);
    }

    public boolean admits(int statement) {
        return statements == null || statements.get(statement);
    }

    /** Whether every statement is admitted. */
    public boolean isAll() {
        return statements == null;
    }

    /** The admitted statements in index order. */
    public IntStream statements() {
        return statements == null ? IntStream.range(0, statementCount) : statements.stream();
    }

    /** The admitted roll calls, one bit each: AND it with an actor's vote bitsets. Do not change it. */
    public long[] rollCalls() {
        return rollCalls;
    }

    public boolean admitsActor(ActorKind kind) {
        return actorKinds.contains(kind);
    }
}
