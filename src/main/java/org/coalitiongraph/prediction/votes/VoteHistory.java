package org.coalitiongraph.prediction.votes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.coalitiongraph.projection.Projection;
import org.coalitiongraph.projection.Vote;

/**
 * The dated roll calls of a projection in date order, with each voter's votes as bitsets over that
 * order: "the roll calls before day d" is then a prefix, "the three years before" a range, and a
 * count of yes votes in it a few popcounts. Undated roll calls are left out, since nothing can say
 * whether they came before a given day. Built once per projection version.
 */
final class VoteHistory {

    final Projection projection;
    /** Position (date order) → roll call, and back (-1 for undated roll calls). */
    private final int[] rollCalls;
    private final int[] positions;
    private final int[] days;
    private final long[][] yes;
    private final long[][] no;
    private final long[][] voted;
    /** Per issue, the roll calls concerning it; and those concerning none. */
    private final long[][] onIssue;
    private final long[] withoutIssue;
    private final RollCallTexts texts;

    private VoteHistory(Projection projection, int[] rollCalls) {
        this.projection = projection;
        this.rollCalls = rollCalls;
        int n = rollCalls.length;
        int words = (n + 63) >>> 6;
        positions = new int[projection.rollCallCount()];
        Arrays.fill(positions, -1);
        days = new int[n];
        for (int position = 0; position < n; position++) {
            positions[rollCalls[position]] = position;
            days[position] = projection.day(projection.rollCallStatement(rollCalls[position]));
        }
        yes = new long[projection.actorCount()][];
        no = new long[projection.actorCount()][];
        voted = new long[projection.actorCount()][];
        for (int a = 0; a < projection.actorCount(); a++) {
            if (!projection.voted(a)) {
                continue;
            }
            yes[a] = new long[words];
            no[a] = new long[words];
            voted[a] = new long[words];
            for (int position = 0; position < n; position++) {
                var vote = projection.vote(a, rollCalls[position]);
                if (vote != null) {
                    set(voted[a], position);
                    if (vote == Vote.YES) {
                        set(yes[a], position);
                    } else if (vote == Vote.NO) {
                        set(no[a], position);
                    }
                }
            }
        }
        onIssue = new long[projection.issueCount()][words];
        withoutIssue = new long[words];
        var documents = new ArrayList<String>();
        for (int position = 0; position < n; position++) {
            int statement = projection.rollCallStatement(rollCalls[position]);
            var issues = projection.issues(statement);
            for (int issue : issues) {
                set(onIssue[issue], position);
            }
            if (issues.length == 0) {
                set(withoutIssue, position);
            }
            documents.add(RollCallTexts.document(projection.title(statement), projection.text(statement)));
        }
        texts = RollCallTexts.of(documents);
    }

    static VoteHistory of(Projection projection) {
        var dated = IntStream.range(0, projection.rollCallCount())
                .filter(r -> projection.day(projection.rollCallStatement(r)) != Projection.NO_DATE).boxed()
                .sorted(Comparator.comparingInt((Integer r) -> projection.day(projection.rollCallStatement(r)))
                        .thenComparing(r -> projection.statementId(projection.rollCallStatement(r))))
                .mapToInt(Integer::intValue).toArray();
        return new VoteHistory(projection, dated);
    }

    int size() {
        return rollCalls.length;
    }

    int rollCall(int position) {
        return rollCalls[position];
    }

    /** The roll call's position in date order, or -1 when it has no date. */
    int position(int rollCall) {
        return positions[rollCall];
    }

    int day(int position) {
        return days[position];
    }

    /** How many roll calls are dated before {@code day}: the positions of the history before it. */
    int before(int day) {
        int low = 0;
        int high = days.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (days[middle] < day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    boolean voted(int actor, int position) {
        return voted[actor] != null && get(voted[actor], position);
    }

    boolean yes(int actor, int position) {
        return yes[actor] != null && get(yes[actor], position);
    }

    boolean no(int actor, int position) {
        return no[actor] != null && get(no[actor], position);
    }

    /** Votes, yes votes and no votes of the actor in positions [from, to) within {@code mask} (null for all). */
    Counts counts(int actor, long[] mask, int from, int to) {
        if (voted[actor] == null) {
            return new Counts(0, 0, 0);
        }
        return new Counts(count(voted[actor], mask, from, to), count(yes[actor], mask, from, to),
                count(no[actor], mask, from, to));
    }

    record Counts(int votes, int yes, int no) {
    }

    /**
     * Of the roll calls in positions [from, to) in which both actors voted: how many, and in how many
     * they voted the same.
     */
    int[] agreement(int a, int b, int from, int to) {
        if (voted[a] == null || voted[b] == null || from >= to) {
            return new int[] {0, 0};
        }
        int shared = 0;
        int same = 0;
        for (int word = from >>> 6; word <= (to - 1) >>> 6; word++) {
            long range = rangeMask(word, from, to);
            long both = voted[a][word] & voted[b][word] & range;
            long abstainA = voted[a][word] & ~yes[a][word] & ~no[a][word];
            long abstainB = voted[b][word] & ~yes[b][word] & ~no[b][word];
            long equal = (yes[a][word] & yes[b][word]) | (no[a][word] & no[b][word]) | (abstainA & abstainB);
            shared += Long.bitCount(both);
            same += Long.bitCount(equal & range);
        }
        return new int[] {shared, same};
    }

    /** The roll calls concerning any of the statement's issues; those concerning none when it has none. */
    long[] sameIssue(int statement) {
        var issues = projection.issues(statement);
        if (issues.length == 0) {
            return withoutIssue;
        }
        var mask = new long[withoutIssue.length];
        for (int issue : issues) {
            for (int word = 0; word < mask.length; word++) {
                mask[word] |= onIssue[issue][word];
            }
        }
        return mask;
    }

    /** Cosine similarity of the roll call's text with each roll call's, by position. */
    double[] similarities(int rollCall) {
        int position = positions[rollCall];
        if (position >= 0) {
            return texts.similarities(position);
        }
        throw new IllegalArgumentException("undated roll call " + rollCall);
    }

    private static int count(long[] bits, long[] mask, int from, int to) {
        int count = 0;
        for (int word = from >>> 6; from < to && word <= (to - 1) >>> 6; word++) {
            long w = bits[word] & rangeMask(word, from, to);
            count += Long.bitCount(mask == null ? w : w & mask[word]);
        }
        return count;
    }

    private static long rangeMask(int word, int from, int to) {
        long mask = -1L;
        if (word == from >>> 6) {
            mask &= -1L << (from & 63);
        }
        if (word == (to - 1) >>> 6 && (to & 63) != 0) {
            mask &= -1L >>> (64 - (to & 63));
        }
        return mask;
    }

    private static void set(long[] bits, int position) {
        bits[position >>> 6] |= 1L << position;
    }

    private static boolean get(long[] bits, int position) {
        return (bits[position >>> 6] & (1L << position)) != 0;
    }
}
