package org.coalitiongraph.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.alignment.ProjectedActors;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.projection.AnalyticsProjection;
import org.coalitiongraph.projection.Projection;
import org.coalitiongraph.projection.Scope;
import org.coalitiongraph.projection.Scopes;
import org.coalitiongraph.statement.Statement;
import org.coalitiongraph.statement.StatementRepository;
import org.springframework.stereotype.Service;

/**
 * The shortest chain of co-signatures between two actors, found on the in-memory projection
 * ({@link ShortestChain}). The plain Cypher answer ({@code cypher/oracle/path-length.cypher}) is
 * what the oracle tests hold its length to.
 */
@Service
public final class CoSignaturePaths {

    private final AnalyticsProjection projection;
    private final Scopes scopes;
    private final ProjectedActors actors;
    private final StatementRepository statements;

    CoSignaturePaths(AnalyticsProjection projection, Scopes scopes, ProjectedActors actors,
            StatementRepository statements) {
        this.projection = projection;
        this.scopes = scopes;
        this.actors = actors;
        this.statements = statements;
    }

    public CoSignaturePath between(String fromId, String toId, AnalyticsFilter filter) {
        var p = projection.current();
        int from = actors.require(p, fromId, "from");
        int to = actors.require(p, toId, "to");
        var scope = scopes.of(p, filter, "filter");
        if (from == ProjectedActors.NOT_YET_PROJECTED || to == ProjectedActors.NOT_YET_PROJECTED) {
            // Written a moment ago by another instance: it has signed nothing the projection knows.
            var a = actors.byId(fromId);
            var b = fromId.equals(toId) ? a : actors.byId(toId);
            return fromId.equals(toId) ? new CoSignaturePath(a, a, 0, List.of(a), List.of())
                    : new CoSignaturePath(a, b, null, List.of(), List.of());
        }
        int[] chain = chain(p, scope, from, to);
        var loaded = actors.load(p, chain == null ? List.of(from, to) : Arrays.stream(chain).boxed().toList());
        if (chain == null) {
            return new CoSignaturePath(loaded.get(from), loaded.get(to), null, List.of(), List.of());
        }
        var shared = new ArrayList<List<Integer>>();
        for (int hop = 1; hop < chain.length; hop++) {
            var together = ShortestChain.together(p.signed(chain[hop - 1]), p.signed(chain[hop]), scope::admits);
            together.sort(p.newestFirst());
            shared.add(together);
        }
        var byId = statements.findAllById(shared.stream().flatMap(List::stream).map(p::statementId).distinct().toList())
                .stream().collect(Collectors.toMap(Statement::getId, Function.identity()));
        var steps = new ArrayList<PathStep>();
        for (int hop = 1; hop < chain.length; hop++) {
            var together = shared.get(hop - 1);
            steps.add(new PathStep(loaded.get(chain[hop - 1]), loaded.get(chain[hop]), together.size(),
                    together.stream().map(s -> byId.get(p.statementId(s))).filter(Objects::nonNull).toList()));
        }
        List<Actor> chainActors = Arrays.stream(chain).mapToObj(loaded::get).toList();
        return new CoSignaturePath(loaded.get(from), loaded.get(to), chain.length - 1, chainActors, steps);
    }

    /** The chain on the projection, as actor numbers; null when there is none. */
    static int[] chain(Projection p, Scope scope, int from, int to) {
        var graph = new ShortestChain.Signatures() {
            @Override
            public int actorCount() {
                return p.actorCount();
            }

            @Override
            public int statementCount() {
                return p.statementCount();
            }

            @Override
            public int[] signed(int actor) {
                return p.signed(actor);
            }

            @Override
            public int[] signers(int statement) {
                return p.signers(statement);
            }
        };
        return ShortestChain.find(graph, scope::admits, a -> scope.admitsActor(p.actorKind(a)),
                byName(p), from, to);
    }

    /** Actors by name ignoring case, then id: the rule among equally short chains. */
    static Comparator<Integer> byName(Projection p) {
        return Comparator.comparing((Integer a) -> p.actorSortKey(a)).thenComparing(p::actorId);
    }
}
