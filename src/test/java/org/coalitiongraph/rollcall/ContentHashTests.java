package org.coalitiongraph.rollcall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContentHashTests {

    private static final List<VoterTable.StateNode> NODES = List.of(
            new VoterTable.StateNode("state:AAA", "A", "AAA", List.of("A")),
            new VoterTable.StateNode("state:BBB", "B", "BBB", List.of("B")),
            new VoterTable.StateNode("state:CCC", "C", "CCC", List.of("C")));

    @Test
    void theSameContentHasTheSameHashWhateverTheOrderOfVotesAndIssues() {
        var one = rollCall("T", List.of(new RollCall.Issue("issue:unga-a", "A"), new RollCall.Issue("issue:unga-b", "B")),
                new int[] {0, 1}, new int[] {2});
        var same = rollCall("T", List.of(new RollCall.Issue("issue:unga-b", "B"), new RollCall.Issue("issue:unga-a", "A")),
                new int[] {1, 0}, new int[] {2});

        assertThat(ContentHash.of(one, NODES)).isEqualTo(ContentHash.of(same, NODES)).hasSize(64);
    }

    @Test
    void anyChangeOfAFieldAVoteOrWhereAVoterLandsChangesIt() {
        var one = rollCall("T", List.of(), new int[] {0, 1}, new int[] {2});
        var hash = ContentHash.of(one, NODES);

        assertThat(ContentHash.of(rollCall("T2", List.of(), new int[] {0, 1}, new int[] {2}), NODES)).isNotEqualTo(hash);
        assertThat(ContentHash.of(rollCall("T", List.of(), new int[] {0}, new int[] {1, 2}), NODES)).isNotEqualTo(hash);
        assertThat(ContentHash.of(rollCall("T", List.of(new RollCall.Issue("issue:unga-a", "A")), new int[] {0, 1},
                new int[] {2}), NODES)).isNotEqualTo(hash);
        var moved = List.of(NODES.get(0), new VoterTable.StateNode("state:DDD", "D", "DDD", List.of("B")), NODES.get(2));
        assertThat(ContentHash.of(one, moved)).isNotEqualTo(hash);
    }

    private static RollCall rollCall(String title, List<RollCall.Issue> issues, int[] yes, int[] no) {
        return new RollCall(1, 2, LocalDate.of(1947, 1, 1), "R/2/1", title, null, null, true, false, issues, yes, no,
                new int[0]);
    }
}
