package org.coalitiongraph.prediction.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;

import org.coalitiongraph.projection.Projection;
import org.coalitiongraph.projection.TestProjections;
import org.junit.jupiter.api.Test;

/**
 * Three states; two identical roll calls on nuclear disarmament (A and C yes, B no), one on children's
 * rights the other way round, then the roll call to predict, again on nuclear disarmament.
 */
class VoteEvidenceTests {

    private static final String NUCLEAR = "Nuclear disarmament treaty";
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    private static TestProjections history() {
        return new TestProjections().state("state:A", "A").state("state:B", "B").state("state:C", "C")
                .rollCall("rollcall:1", LocalDate.of(2010, 1, 1), NUCLEAR, null, "issue:disarmament",
                        Map.of("state:A", "y", "state:B", "n", "state:C", "y"))
                .rollCall("rollcall:2", LocalDate.of(2011, 1, 1), NUCLEAR, null, "issue:disarmament",
                        Map.of("state:A", "y", "state:B", "n", "state:C", "y"))
                .rollCall("rollcall:3", LocalDate.of(2012, 1, 1), "Rights of the child", null, "issue:children",
                        Map.of("state:A", "n", "state:B", "y", "state:C", "n"));
    }

    private static VoteEvidence.State[] evidence(Projection p) {
        var history = VoteHistory.of(p);
        int target = p.rollCallOf(p.statement("rollcall:4"));
        return new Target(target, (int) LocalDate.of(2013, 1, 1).toEpochDay(), new int[] {A, B, C}).evidence(history);
    }

    private static VoteEvidence.State[] evidenceWithTargetVotes(Map<String, String> votes) {
        return evidence(history().rollCall("rollcall:4", LocalDate.of(2013, 1, 1), NUCLEAR, null, "issue:disarmament",
                votes).build(1));
    }

    @Test
    void theSeriesIsTheSameResolutionEarlierAndItsNewestVoteCounts() {
        var s = evidenceWithTargetVotes(Map.of("state:A", "n", "state:B", "y", "state:C", "n"));
        assertThat(s[A].seriesVotes()).isEqualTo(2);
        assertThat(s[A].seriesYes()).isEqualTo(1);
        assertThat(s[A].seriesRate()).isEqualTo(1);
        assertThat(s[B].seriesYes()).isZero();
        assertThat(s[B].seriesRate()).isZero();
        // Equally similar, the more recent comes first.
        assertThat(s[A].series()).isEqualTo(1);
        assertThat(s[A].mostSimilar()).isEqualTo(1);
    }

    @Test
    void neighbourVotesLeanTheStatesWayWithOnlyAFifthOfTheHeaviestWeightForThePrior() {
        var s = evidenceWithTargetVotes(Map.of("state:A", "y"));
        // The roll call on children shares no word: the neighbours are the two on nuclear disarmament.
        assertThat(s[A].narrowVotes()).isEqualTo(2);
        assertThat(s[A].narrowYes()).isEqualTo(2);
        assertThat(s[A].wide()).isGreaterThan(0.9).isLessThan(1);
        assertThat(s[B].wide()).isLessThan(0.1).isPositive();
        assertThat(s[B].noShare()).isGreaterThan(0.9);
    }

    @Test
    void ratesAreShrunkTowardsTheBroaderRate() {
        var s = evidenceWithTargetVotes(Map.of("state:A", "y"));
        double all = 2 / 3.0;
        // The three years before 2013-01-01 begin after 2010-01-01: two votes, one yes.
        assertThat(s[A].recentVotes()).isEqualTo(2);
        assertThat(s[A].recent()).isCloseTo((1 + 4 * all) / (2 + 4), within(1e-12));
        assertThat(s[A].issueVotes()).isEqualTo(2);
        assertThat(s[A].issue()).isCloseTo((2 + 2 * s[A].recent()) / (2 + 2), within(1e-12));
        assertThat(s[A].baseline()).isCloseTo((2 + 2 * all) / (2 + 2), within(1e-12));
        assertThat(VoteEvidence.rate(3, 4, 0.5, 2)).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(VoteEvidence.rate(0, 0, 0.3, 0)).isEqualTo(0.3);
    }

    @Test
    void theBlocFollowsTheStatesThatVoteAlike() {
        var s = evidenceWithTargetVotes(Map.of("state:A", "y"));
        // A always voted with C, never with B: C's lean weighs 3^8 times B's.
        double wc = Math.pow(3 / 4.0, 8);
        double wb = Math.pow(1 / 4.0, 8);
        assertThat(s[A].bloc()).isCloseTo((wc * s[C].narrow() + wb * s[B].narrow()) / (wc + wb), within(1e-12));
        // B agrees with neither: the two count alike.
        assertThat(s[B].bloc()).isCloseTo((s[A].narrow() + s[C].narrow()) / 2, within(1e-12));
    }

    @Test
    void theRollCallsOwnVotesAndLaterOnesAreNeverRead() {
        var without = evidenceWithTargetVotes(Map.of("state:A", "y"));
        var with = evidence(history()
                .rollCall("rollcall:4", LocalDate.of(2013, 1, 1), NUCLEAR, null, "issue:disarmament",
                        Map.of("state:A", "n", "state:B", "y", "state:C", "a"))
                .rollCall("rollcall:5", LocalDate.of(2013, 1, 1), NUCLEAR, null, "issue:disarmament",
                        Map.of("state:A", "n", "state:B", "y", "state:C", "n"))
                .rollCall("rollcall:6", LocalDate.of(2014, 1, 1), NUCLEAR, null, "issue:disarmament",
                        Map.of("state:A", "n", "state:B", "y", "state:C", "n"))
                .build(2));
        assertThat(with).containsExactly(without);
    }
}
