package org.coalitiongraph.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.coalitiongraph.alignment.AlignmentBasis;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.projection.AnalyticsProjection;
import org.coalitiongraph.projection.Scopes;
import org.coalitiongraph.web.InvalidArgumentException;
import org.coalitiongraph.web.PageSize;
import org.springframework.stereotype.Service;

/**
 * Networks of actors on the in-memory projection: who signs with whom, or who votes like whom,
 * as a weighted graph; its communities (blocs) and the actors' centrality. The plain Cypher in
 * {@code cypher/oracle/network-*.cypher} is what the oracle tests hold the edges to.
 */
@Service
public final class Networks {

    /** Edges a network answer holds unless the caller asks for fewer or more. */
    public static final int DEFAULT_LIMIT = 10_000;
    /** The most edges one answer (or download) holds. */
    public static final int MAX_LIMIT = 20_000;
    /** Betweenness costs one breadth-first search per node; more node × edge steps than this are refused. */
    static final long MAX_BETWEENNESS_STEPS = 2_000_000_000L;

    private final AnalyticsProjection projection;
    private final Scopes scopes;

    Networks(AnalyticsProjection projection, Scopes scopes) {
        this.projection = projection;
        this.scopes = scopes;
    }

    /** The arguments every network field shares, checked, with the defaults filled in. */
    public record Request(AnalyticsFilter filter, AlignmentBasis by, int minShared, double minWeight) {

        /** @param by, minShared, minWeight null for their defaults */
        public static Request of(AnalyticsFilter filter, AlignmentBasis by, Integer minShared, Double minWeight) {
            var basis = by == null ? AlignmentBasis.VOTES : by;
            int shared = minShared == null ? basis.defaultMinShared() : minShared;
            double weight = minWeight == null ? basis.defaultMinWeight() : minWeight;
            if (shared < 0) {
                throw new InvalidArgumentException("minShared", "must be 0 or more, was " + shared);
            }
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new InvalidArgumentException("minWeight", "must be 0 or more, was " + weight);
            }
            if (basis == AlignmentBasis.VOTES && weight > 1) {
                throw new InvalidArgumentException("minWeight",
                        "must be between 0 and 1 by VOTES (an agreement index), was " + weight);
            }
            return new Request(AnalyticsFilter.orNone(filter), basis, shared, weight);
        }
    }

    /** @param limit null for the default */
    public static int requireLimit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidArgumentException("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return limit;
    }

    /** @param resolution null for the default, 1 */
    public static double requireResolution(Double resolution) {
        if (resolution == null) {
            return 1.0;
        }
        if (!(resolution > 0) || resolution > 100) {
            throw new InvalidArgumentException("resolution", "must be more than 0 and at most 100, was " + resolution);
        }
        return resolution;
    }

    ActorNetwork build(Request request) {
        var p = projection.current();
        var scope = scopes.of(p, request.filter(), "filter");
        return NetworkBuilder.build(p, scope, request.by(), request.minShared(), request.minWeight());
    }

    /** The strongest {@code limit} edges and their ends; community of each node at {@code resolution}. */
    public Network network(Request request, int limit, double resolution) {
        var whole = build(request);
        var graph = whole.graph();
        int[] strongest = whole.strongestEdges(limit);
        var ends = new TreeSet<Integer>(whole.byName());
        var edges = new ArrayList<NetworkEdge>(strongest.length);
        for (int e : strongest) {
            ends.add(graph.source(e));
            ends.add(graph.target(e));
            edges.add(new NetworkEdge(id(whole, graph.source(e)), id(whole, graph.target(e)), graph.weight(e),
                    whole.shared(e)));
        }
        var nodes = ends.stream().map(node -> new NetworkNode(whole, node, resolution)).toList();
        return new Network(request.by(), whole.statements(), request.minShared(), request.minWeight(),
                graph.nodeCount(), graph.edgeCount(), graph.edgeCount() > limit, nodes, edges, resolution, whole);
    }

    /** The communities of the whole network; each bloc's {@code central} members with the heaviest ties within it. */
    public Blocs blocs(Request request, double resolution, int central) {
        var whole = build(request);
        var graph = whole.graph();
        int[] community = whole.communities(resolution);
        int count = Arrays.stream(community).max().orElse(-1) + 1;
        var inside = new double[graph.nodeCount()];
        var internal = new double[count];
        for (int e = 0; e < graph.edgeCount(); e++) {
            int s = graph.source(e), t = graph.target(e);
            if (community[s] == community[t]) {
                inside[s] += graph.weight(e);
                inside[t] += graph.weight(e);
                internal[community[s]] += graph.weight(e);
            }
        }
        var members = new ArrayList<List<Integer>>();
        for (int c = 0; c < count; c++) {
            members.add(new ArrayList<>());
        }
        for (int node = 0; node < graph.nodeCount(); node++) {
            members.get(community[node]).add(node);
        }
        Comparator<Integer> heaviest = Comparator.<Integer>comparingDouble(node -> inside[node]).reversed()
                .thenComparing(whole.byName());
        var blocs = new ArrayList<Bloc>(count);
        for (int c = 0; c < count; c++) {
            var list = members.get(c);
            blocs.add(new Bloc(c, list.size(), internal[c],
                    list.stream().sorted(whole.byName()).map(node -> new NetworkNode(whole, node, resolution)).toList(),
                    list.stream().sorted(heaviest).limit(central)
                            .map(node -> new NetworkNode(whole, node, resolution)).toList()));
        }
        return new Blocs(request.by(), whole.statements(), request.minShared(), request.minWeight(), resolution,
                graph.nodeCount(), graph.edgeCount(), whole.modularity(resolution), blocs);
    }

    /** The first actors by {@code orderBy}, highest first, then by name. */
    public Centralities centrality(Request request, CentralityOrder orderBy, int first) {
        var whole = build(request);
        var graph = whole.graph();
        Comparator<Integer> byMeasure = switch (orderBy) {
            case DEGREE -> Comparator.comparingInt(graph::degree);
            case WEIGHTED_DEGREE -> Comparator.comparingDouble(graph::weightedDegree);
            case BETWEENNESS -> {
                var values = whole.betweenness();
                yield Comparator.comparingDouble(node -> values[node]);
            }
            case PAGE_RANK -> {
                var values = whole.pageRank();
                yield Comparator.comparingDouble(node -> values[node]);
            }
        };
        var actors = java.util.stream.IntStream.range(0, graph.nodeCount()).boxed()
                .sorted(byMeasure.reversed().thenComparing(whole.byName()))
                .limit(first)
                .map(node -> new NetworkNode(whole, node, 1.0))
                .toList();
        return new Centralities(request.by(), whole.statements(), request.minShared(), request.minWeight(),
                graph.nodeCount(), graph.edgeCount(), orderBy, actors);
    }

    static void requireAffordableBetweenness(ActorNetwork network) {
        long steps = (long) network.graph().nodeCount() * (network.graph().nodeCount() + 2L * network.graph().edgeCount());
        if (steps > MAX_BETWEENNESS_STEPS) {
            throw new InvalidArgumentException("minWeight", "leaves a network too large for betweenness ("
                    + network.graph().nodeCount() + " actors, " + network.graph().edgeCount()
                    + " edges); raise it or narrow the filter");
        }
    }

    public static int requireFirst(Integer first, String argument) {
        return PageSize.require(first, argument);
    }

    private static String id(ActorNetwork network, int node) {
        return network.projection().actorId(network.actor(node));
    }
}
