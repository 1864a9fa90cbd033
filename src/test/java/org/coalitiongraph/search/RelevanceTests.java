package org.coalitiongraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RelevanceTests {

    @Test
    void theExactNameOutranksALongerNameThatContainsIt() {
        assertThat(Relevance.of("Canada", List.of("Canada"), 0))
                .isGreaterThan(Relevance.of("Canada", List.of("Lawyer's Rights Watch Canada"), 1));
        assertThat(Relevance.of("niger", List.of("Niger"), 0))
                .isGreaterThan(Relevance.of("niger", List.of("Nigeria"), 1));
    }

    @Test
    void coveringMoreTypedWordsWinsEvenWithAMisspelling() {
        assertThat(Relevance.of("humn rights watch", List.of("Human Rights Watch"), 0))
                .isGreaterThan(Relevance.of("humn rights watch", List.of("Lawyer's Rights Watch Canada",
                        "Lawyers' Rights Watch Canada"), 1));
    }

    @Test
    void caseAccentsAndWordOrderDoNotMatter() {
        assertThat(Relevance.of("CASSIN rene", List.of("René Cassin"), 0))
                .isEqualTo(Relevance.of("rené cassin", List.of("René Cassin"), 0));
    }

    @Test
    void wordsMatchExactlyByPrefixOrWithinTheirEditAllowance() {
        assertThat(Words.matches("internatonal", "international")).isTrue();
        assertThat(Words.matches("amnesti", "amnesty")).isTrue();
        assertThat(Words.matches("hum", "human")).isTrue();
        assertThat(Words.matches("cat", "cut")).isFalse();
        assertThat(Words.matches("tibet", "tablet")).isFalse();
        assertThat(Words.distance("kitten", "sitting")).isEqualTo(3);
    }
}
