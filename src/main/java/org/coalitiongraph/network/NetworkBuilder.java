package org.coalitiongraph.network;

import java.util.Arrays;
import java.util.Comparator;

import org.coalitiongraph.alignment.AlignmentBasis;
import org.coalitiongraph.projection.Projection;
import org.coalitiongraph.projection.Scope;
import org.coalitiongraph.web.InvalidArgumentException;

/**
 * Builds the {@link ActorNetwork} of a scope from the projection, without boxing: by VOTES a few
 * popcounts per pair of voters over the roll calls in scope, by SIGNATURES per-actor counters over
 * the co-signers of the actor's statements.
 */
final class NetworkBuilder {

    /** More edges than this are refused: raise minWeight or narrow the filter. */
    static final int MAX_EDGES = 1_000_000;
    /** Counting co-signatures costs one step per pair of signers of each statement; more is refused. */
    static final long MAX_PAIR_STEPS = 300_000_000L;

    private NetworkBuilder() {
    }

    static ActorNetwork build(Projection p, Scope scope, AlignmentBasis by, int minShared, double minWeight) {
        return by == AlignmentBasis.VOTES ? byVotes(p, scope, minShared, minWeight)
                : bySignatures(p, scope, minShared, minWeight);
    }

    private static ActorNetwork byVotes(Projection p, Scope scope, int minShared, double minWeight) {
        long[] mask = scope.rollCalls();
        // Only the words of the bitsets that hold admitted roll calls, copied once per voter.
        int words = 0;
        var wordIndex = new int[mask.length];
        int rollCalls = 0;
        for (int w = 0; w < mask.length; w++) {
            if (mask[w] != 0) {
                wordIndex[words++] = w;
                rollCalls += Long.bitCount(mask[w]);
            }
        }
        var voters = sortedById(p, java.util.stream.IntStream.range(0, p.actorCount())
                .filter(a -> p.voted(a) && scope.admitsActor(p.actorKind(a))).toArray());
        int n = voters.length;
        var yes = new long[n][words];
        var no = new long[n][words];
        var abstain = new long[n][words];
        var voted = new long[n][words];
        for (int i = 0; i < n; i++) {
            long[] y = p.yes(voters[i]), o = p.no(voters[i]), a = p.abstain(voters[i]);
            for (int k = 0; k < words; k++) {
                int w = wordIndex[k];
                yes[i][k] = y[w] & mask[w];
                no[i][k] = o[w] & mask[w];
                abstain[i][k] = a[w] & mask[w];
                voted[i][k] = yes[i][k] | no[i][k] | abstain[i][k];
            }
        }
        var edges = new Edges();
        int least = Math.max(1, minShared);
        for (int i = 0; i < n; i++) {
            long[] yi = yes[i], ni = no[i], ai = abstain[i], vi = voted[i];
            for (int j = i + 1; j < n; j++) {
                long[] yj = yes[j], nj = no[j], aj = abstain[j], vj = voted[j];
                int shared = 0, identical = 0, oneAbstained = 0;
                for (int k = 0; k < words; k++) {
                    shared += Long.bitCount(vi[k] & vj[k]);
                    identical += Long.bitCount((yi[k] & yj[k]) | (ni[k] & nj[k]) | (ai[k] & aj[k]));
                    oneAbstained += Long.bitCount((ai[k] & (yj[k] | nj[k])) | (aj[k] & (yi[k] | ni[k])));
                }
                if (shared < least) {
                    continue;
                }
                double weight = agreement(identical, oneAbstained, shared);
                if (weight >= minWeight) {
                    edges.add(i, j, weight, shared);
                }
            }
        }
        return network(p, AlignmentBasis.VOTES, rollCalls, minShared, minWeight, voters, edges);
    }

    /** The vote agreement index, in the one arithmetic the alignment fields and the Cypher oracle use. */
    static double agreement(int identical, int oneAbstained, int shared) {
        return (identical + 0.5 * oneAbstained) / shared;
    }

    private static ActorNetwork bySignatures(Projection p, Scope scope, int minShared, double minWeight) {
        int actorCount = p.actorCount();
        var statements = new int[1];
        scope.statements().forEach(s -> {
            if (p.signers(s).length > 0) {
                statements[0]++;
            }
        });
        var counts = new int[actorCount];
        var touched = new int[actorCount];
        double least = Math.max(Math.max(1, minShared), minWeight);
        var edges = new Edges();
        long steps = 0;
        for (int a = 0; a < actorCount; a++) {
            if (!scope.admitsActor(p.actorKind(a))) {
                continue;
            }
            int touchedCount = 0;
            for (int s : p.signed(a)) {
                if (!scope.admits(s)) {
                    continue;
                }
                int[] signers = p.signers(s);
                int from = Arrays.binarySearch(signers, a);
                from = from >= 0 ? from + 1 : -from - 1;
                steps += signers.length - from;
                for (int k = from; k < signers.length; k++) {
                    int b = signers[k];
                    if (counts[b]++ == 0) {
                        touched[touchedCount++] = b;
                    }
                }
            }
            if (steps > MAX_PAIR_STEPS) {
                throw new InvalidArgumentException("filter", "admits too many signatures to pair within limits (more than "
                        + MAX_PAIR_STEPS + " pairs of co-signers); narrow it, e.g. by dates or issues");
            }
            for (int t = 0; t < touchedCount; t++) {
                int b = touched[t];
                if (counts[b] >= least && scope.admitsActor(p.actorKind(b))) {
                    edges.add(a, b, counts[b], counts[b]);
                }
                counts[b] = 0;
            }
        }
        // Edges hold actor numbers here; network() renumbers them by id.
        var all = java.util.stream.IntStream.range(0, actorCount).toArray();
        return network(p, AlignmentBasis.SIGNATURES, statements[0], minShared, minWeight, all, edges);
    }

    /**
     * @param candidates the actors the edges' ends index into
     * @param edges      ends as indices into {@code candidates}
     */
    private static ActorNetwork network(Projection p, AlignmentBasis by, int statements, int minShared,
            double minWeight, int[] candidates, Edges edges) {
        var hasEdge = new boolean[candidates.length];
        for (int e = 0; e < edges.size; e++) {
            hasEdge[edges.a[e]] = true;
            hasEdge[edges.b[e]] = true;
        }
        int[] kept = java.util.stream.IntStream.range(0, candidates.length).filter(i -> hasEdge[i])
                .map(i -> candidates[i]).toArray();
        int[] actors = sortedById(p, kept);
        var nodeOfActor = new int[p.actorCount()];
        for (int node = 0; node < actors.length; node++) {
            nodeOfActor[actors[node]] = node;
        }
        var source = new int[edges.size];
        var target = new int[edges.size];
        for (int e = 0; e < edges.size; e++) {
            int x = nodeOfActor[candidates[edges.a[e]]];
            int y = nodeOfActor[candidates[edges.b[e]]];
            source[e] = Math.min(x, y);
            target[e] = Math.max(x, y);
        }
        var graph = new WeightedGraph(actors.length, source, target, Arrays.copyOf(edges.weight, edges.size));
        return new ActorNetwork(p, by, statements, minShared, minWeight, actors,
                Arrays.copyOf(edges.shared, edges.size), graph);
    }

    private static int[] sortedById(Projection p, int[] actors) {
        return Arrays.stream(actors).boxed().sorted(Comparator.comparing(p::actorId)).mapToInt(Integer::intValue)
                .toArray();
    }

    /** A growing list of edges in primitive arrays. */
    private static final class Edges {
        int[] a = new int[1024];
        int[] b = new int[1024];
        double[] weight = new double[1024];
        int[] shared = new int[1024];
        int size;

        void add(int x, int y, double w, int s) {
            if (size == a.length) {
                if (size >= MAX_EDGES) {
                    throw new InvalidArgumentException("minWeight", "leaves more than " + MAX_EDGES
                            + " edges; raise it or narrow the filter");
                }
                int grown = Math.min(MAX_EDGES, size * 2);
                a = Arrays.copyOf(a, grown);
                b = Arrays.copyOf(b, grown);
                weight = Arrays.copyOf(weight, grown);
                shared = Arrays.copyOf(shared, grown);
            }
            a[size] = x;
            b[size] = y;
            weight[size] = w;
            shared[size] = s;
            size++;
        }
    }
}
