package org.coalitiongraph.opposition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.opposition.Opposition.IssueSides;
import org.coalitiongraph.opposition.Opposition.Side;
import org.coalitiongraph.opposition.Opposition.SideActor;
import org.coalitiongraph.opposition.Opposition.SideChange;
import org.coalitiongraph.opposition.Opposition.SideChanger;
import org.coalitiongraph.projection.AnalyticsProjection;
import org.coalitiongraph.projection.Projection;
import org.coalitiongraph.projection.Scope;
import org.coalitiongraph.projection.Scopes;
import org.coalitiongraph.statement.StatementRepository;
import org.coalitiongraph.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Who stands where on the issues of a statement, counted on the in-memory projection. A side is a
 * stance statements take on one issue (the same word is the same side); the sides of an issue are
 * made of the statements within the filter that concern that very issue (not narrower ones: a
 * stance is taken on the issue it names). The plain Cypher answers ({@code cypher/oracle/opposition-*.cypher})
 * are what the oracle tests hold it to.
 */
@Service
public final class Oppositions {

    private final AnalyticsProjection projection;
    private final Scopes scopes;
    private final StatementRepository statements;

    Oppositions(AnalyticsProjection projection, Scopes scopes, StatementRepository statements) {
        this.projection = projection;
        this.scopes = scopes;
        this.statements = statements;
    }

    public Opposition of(String statementId, AnalyticsFilter filter) {
        var p = projection.current();
        int statement = p.statement(statementId);
        if (statement < 0 && !statements.existsById(statementId)) {
            throw new NotFoundException("statement", "statement", statementId);
        }
        var scope = scopes.of(p, filter, "filter");
        if (statement < 0) {
            // Written a moment ago by another instance: nothing the projection holds refers to it yet.
            return new Opposition(p, -1, statementId, List.of(), List.of(), List.of());
        }
        return of(p, statement, scope);
    }

    static Opposition of(Projection p, int statement, Scope scope) {
        return new Opposition(p, statement, p.statementId(statement), inScope(p, p.counters(statement), scope),
                inScope(p, p.counteredBy(statement), scope), sides(p, statement, scope));
    }

    private static List<Integer> inScope(Projection p, int[] statements, Scope scope) {
        return Arrays.stream(statements).filter(scope::admits).boxed().sorted(p.newestFirst()).toList();
    }

    /** For each issue the statement concerns (by id), the statements within the scope on each side. */
    private static List<IssueSides> sides(Projection p, int statement, Scope scope) {
        // Issue number -> the statement's own stance, by issue id; the first edge counts where two name one issue.
        var own = new TreeMap<Integer, String>(Comparator.comparing(p::issueId));
        int[] issues = p.issues(statement);
        for (int k = 0; k < issues.length; k++) {
            own.putIfAbsent(issues[k], p.stances(statement)[k]);
        }
        var sides = new HashMap<Integer, TreeMap<String, List<Integer>>>();
        var withoutStance = new HashMap<Integer, Integer>();
        for (int issue : own.keySet()) {
            sides.put(issue, new TreeMap<>());
            withoutStance.put(issue, 0);
        }
        scope.statements().forEach(s -> {
            int[] concerns = p.issues(s);
            for (int k = 0; k < concerns.length; k++) {
                var bySide = sides.get(concerns[k]);
                if (bySide == null || firstOccurrence(concerns, k) != k) {
                    continue;
                }
                var stance = p.stances(s)[k];
                if (stance == null) {
                    withoutStance.merge(concerns[k], 1, Integer::sum);
                } else {
                    bySide.computeIfAbsent(stance, x -> new ArrayList<>()).add(s);
                }
            }
        });
        var answer = new ArrayList<IssueSides>();
        own.forEach((issue, stance) -> {
            var bySide = sides.get(issue);
            var listed = new ArrayList<Side>();
            bySide.forEach((side, members) -> {
                members.sort(p.newestFirst());
                listed.add(new Side(p, side, List.copyOf(members), actors(p, members, scope)));
            });
            answer.add(new IssueSides(p, issue, stance, withoutStance.get(issue), listed, changers(p, bySide, scope)));
        });
        return answer;
    }

    private static int firstOccurrence(int[] values, int k) {
        for (int i = 0; i < k; i++) {
            if (values[i] == values[k]) {
                return i;
            }
        }
        return k;
    }

    /** The admitted actors that signed any of the statements, with how many: the most first, then by name. */
    private static List<SideActor> actors(Projection p, List<Integer> statements, Scope scope) {
        var counts = new HashMap<Integer, Integer>();
        for (int s : statements) {
            for (int a : p.signers(s)) {
                if (scope.admitsActor(p.actorKind(a))) {
                    counts.merge(a, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                        .thenComparing(e -> p.actorSortKey(e.getKey()))
                        .thenComparing(e -> p.actorId(e.getKey())))
                .map(e -> new SideActor(p, e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * The admitted actors whose signatures on the issue, in date order, go from one side to another,
     * with each change; by name.
     */
    static List<SideChanger> changers(Projection p, Map<String, List<Integer>> sides, Scope scope) {
        var stanceOf = new HashMap<Integer, String>();
        var signedBy = new LinkedHashMap<Integer, List<Integer>>();
        sides.forEach((stance, members) -> {
            for (int s : members) {
                stanceOf.put(s, stance);
                for (int a : p.signers(s)) {
                    if (scope.admitsActor(p.actorKind(a))) {
                        signedBy.computeIfAbsent(a, x -> new ArrayList<>()).add(s);
                    }
                }
            }
        });
        var changers = new ArrayList<SideChanger>();
        signedBy.forEach((actor, signed) -> {
            var changes = SideChanges.of(signed.stream()
                    .map(s -> new SideChanges.Signed(s, p.day(s), p.statementId(s), stanceOf.get(s))).toList());
            if (!changes.isEmpty()) {
                changers.add(new SideChanger(p, actor, signed.size(), changes.stream()
                        .map(c -> new SideChange(p, c.before().stance(), c.after().stance(), c.before().statement(),
                                c.after().statement(), countering(p, c.before().statement(), c.after().statement())))
                        .toList()));
            }
        });
        changers.sort(Comparator.comparing((SideChanger c) -> p.actorSortKey(c.actor()))
                .thenComparing(c -> p.actorId(c.actor())));
        return changers;
    }

    private static boolean countering(Projection p, int s, int t) {
        return contains(p.counters(s), t) || contains(p.counteredBy(s), t);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
