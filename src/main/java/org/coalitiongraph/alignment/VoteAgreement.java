package org.coalitiongraph.alignment;

import org.coalitiongraph.projection.Projection;

/**
 * Two actors' votes compared over the roll calls both voted in: identical votes count 1, one
 * abstaining while the other votes yes or no 0.5, opposite votes 0.
 */
public record VoteAgreement(int sharedRollCalls, int identical, int oneAbstained, int opposite) {

    public static final VoteAgreement NONE = new VoteAgreement(0, 0, 0, 0);

    /** The agreement index, or null when the two share no roll call. */
    public Double agreement() {
        return sharedRollCalls == 0 ? null : index(identical, oneAbstained, sharedRollCalls);
    }

    /** The same arithmetic everywhere, so that equal fractions give equal doubles and ties stay ties. */
    static double index(int identical, int oneAbstained, int shared) {
        return (identical + 0.5 * oneAbstained) / shared;
    }

    /** Over the roll calls set in {@code rollCalls} (a mask as long as the actors' vote bitsets). */
    public static VoteAgreement between(Projection p, int a, int b, long[] rollCalls) {
        if (a < 0 || b < 0 || !p.voted(a) || !p.voted(b)) {
            return NONE;
        }
        long[] yesA = p.yes(a), noA = p.no(a), abstainA = p.abstain(a);
        long[] yesB = p.yes(b), noB = p.no(b), abstainB = p.abstain(b);
        int shared = 0, identical = 0, oneAbstained = 0;
        for (int w = 0; w < rollCalls.length; w++) {
            long mask = rollCalls[w];
            long castA = yesA[w] | noA[w];
            long castB = yesB[w] | noB[w];
            shared += Long.bitCount((castA | abstainA[w]) & (castB | abstainB[w]) & mask);
            identical += Long.bitCount(((yesA[w] & yesB[w]) | (noA[w] & noB[w]) | (abstainA[w] & abstainB[w])) & mask);
            oneAbstained += Long.bitCount(((abstainA[w] & castB) | (abstainB[w] & castA)) & mask);
        }
        return new VoteAgreement(shared, identical, oneAbstained, shared - identical - oneAbstained);
    }
}
