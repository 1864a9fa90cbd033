package org.coalitiongraph.alignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.projection.AnalyticsProjection;
import org.coalitiongraph.projection.Scopes;
import org.coalitiongraph.statement.Statement;
import org.coalitiongraph.statement.StatementRepository;
import org.springframework.stereotype.Service;

/**
 * Who signed most often together with a given actor, counted on the in-memory projection: the
 * actor's statements within the filter, and their signers. The plain Cypher answer
 * ({@code cypher/oracle/co-signers.cypher}) is what the oracle tests hold it to.
 */
@Service
public final class CoSigners {

    private final AnalyticsProjection projection;
    private final Scopes scopes;
    private final ProjectedActors actors;
    private final StatementRepository statements;

    CoSigners(AnalyticsProjection projection, Scopes scopes, ProjectedActors actors, StatementRepository statements) {
        this.projection = projection;
        this.scopes = scopes;
        this.actors = actors;
        this.statements = statements;
    }

    public List<CoSigner> of(String actorId, AnalyticsFilter filter, int first) {
        var p = projection.current();
        int a = actors.require(p, actorId, "actor");
        var scope = scopes.of(p, filter, "filter");
        if (a == ProjectedActors.NOT_YET_PROJECTED) {
            return List.of();
        }
        var counts = new int[p.actorCount()];
        for (int s : p.signed(a)) {
            if (scope.admits(s)) {
                for (int b : p.signers(s)) {
                    counts[b]++;
                }
            }
        }
        var ranking = new Ranking(p, true, first);
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] > 0 && b != a && scope.admitsActor(p.actorKind(b))) {
                ranking.offer(b, counts[b], 0);
            }
        }
        var best = ranking.best();
        var loaded = actors.load(p, best.stream().map(Ranking.Ranked::actor).toList());
        return best.stream().filter(r -> loaded.containsKey(r.actor()))
                .map(r -> new CoSigner(loaded.get(r.actor()), (int) r.score(), new Pair(p, a, r.actor(), scope)))
                .toList();
    }

    /** For each co-signer, the statements both signed, newest first (undated last), read in one query. */
    public Map<CoSigner, List<Statement>> statements(List<CoSigner> coSigners) {
        var numbers = new LinkedHashMap<CoSigner, List<Integer>>();
        for (var coSigner : coSigners) {
            numbers.put(coSigner, together(coSigner.pair()));
        }
        var ids = numbers.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(e.getKey().pair().projection()::statementId))
                .distinct().toList();
        Map<String, Statement> byId = statements.findAllById(ids).stream()
                .collect(Collectors.toMap(Statement::getId, Function.identity()));
        var answer = new LinkedHashMap<CoSigner, List<Statement>>();
        numbers.forEach((coSigner, together) -> answer.put(coSigner, together.stream()
                .map(s -> byId.get(coSigner.pair().projection().statementId(s)))
                .filter(java.util.Objects::nonNull).toList()));
        return answer;
    }

    private static List<Integer> together(Pair pair) {
        var p = pair.projection();
        var b = p.signed(pair.b());
        var together = new ArrayList<Integer>();
        for (int s : p.signed(pair.a())) {
            if (pair.scope().admits(s) && java.util.Arrays.binarySearch(b, s) >= 0) {
                together.add(s);
            }
        }
        together.sort(p.newestFirst());
        return together;
    }
}
