package org.coalitiongraph.alignment;

import java.util.Arrays;

import org.coalitiongraph.projection.Projection;
import org.coalitiongraph.projection.Scope;

/**
 * Two actors' signatures compared within a scope.
 *
 * @param opposed pairs of statements, one signed by each, where one counters the other
 */
public record SignatureOverlap(int together, int onlyA, int onlyB, int opposed) {

    public static final SignatureOverlap NONE = new SignatureOverlap(0, 0, 0, 0);

    /** Statements signed together over statements either signed; null when neither signed any. */
    public Double jaccard() {
        int union = together + onlyA + onlyB;
        return union == 0 ? null : jaccard(together, union);
    }

    static double jaccard(int together, int union) {
        return (double) together / union;
    }

    static SignatureOverlap between(Projection p, int a, int b, Scope scope) {
        if (a < 0 || b < 0) {
            return NONE;
        }
        int[] signedA = p.signed(a);
        int[] signedB = p.signed(b);
        int together = 0, onlyA = 0, onlyB = 0;
        int i = 0, j = 0;
        while (i < signedA.length || j < signedB.length) {
            int s = i < signedA.length ? signedA[i] : Integer.MAX_VALUE;
            int t = j < signedB.length ? signedB[j] : Integer.MAX_VALUE;
            int next = Math.min(s, t);
            if (scope.admits(next)) {
                if (s == t) {
                    together++;
                } else if (s < t) {
                    onlyA++;
                } else {
                    onlyB++;
                }
            }
            if (s == next) {
                i++;
            }
            if (t == next) {
                j++;
            }
        }
        return new SignatureOverlap(together, onlyA, onlyB, opposed(p, signedA, signedB, scope));
    }

    /** Pairs (s, t): a signed s, b signed t, one counters the other, both within the scope. */
    private static int opposed(Projection p, int[] signedA, int[] signedB, Scope scope) {
        int opposed = 0;
        for (int s : signedA) {
            if (!scope.admits(s)) {
                continue;
            }
            int[] counters = p.counters(s);
            int[] counteredBy = p.counteredBy(s);
            for (int t : counters) {
                if (scope.admits(t) && Arrays.binarySearch(signedB, t) >= 0) {
                    opposed++;
                }
            }
            for (int t : counteredBy) {
                // A pair countering both ways is one pair.
                if (scope.admits(t) && Arrays.binarySearch(signedB, t) >= 0 && !contains(counters, t)) {
                    opposed++;
                }
            }
        }
        return opposed;
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
