package org.coalitiongraph.prediction.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class RollCallTextsTests {

    @Test
    void tokensLeaveOutBoilerplateStopWordsAndSingleLetters() {
        assertThat(RollCallTexts.tokens("Nuclear disarmament : resolution / adopted by the General Assembly, a draft resolution of the President on 3 A-bombs"))
                .containsExactly("nuclear", "disarmament", "a-bombs");
        assertThat(RollCallTexts.tokens("The situation in 1967 and the committee"))
                .containsExactly("situation", "1967", "committee");
        assertThat(RollCallTexts.tokens(null)).isEmpty();
    }

    @Test
    void theSameTextIsFullySimilarAndTextsWithoutACommonWordNotAtAll() {
        var texts = RollCallTexts.of(List.of("nuclear disarmament", "nuclear disarmament", "rights of the child", ""));
        assertThat(texts.similarity(0, 1)).isCloseTo(1.0, within(1e-12));
        assertThat(texts.similarity(0, 2)).isZero();
        assertThat(texts.similarity(0, 3)).isZero();
        assertThat(texts.similarities(0)).containsExactly(new double[] {1, 1, 0, 0}, within(1e-12));
    }

    @Test
    void aSharedRareWordMakesTextsMoreAlikeThanASharedCommonOne() {
        var texts = RollCallTexts.of(List.of("question palestine", "question cyprus", "question western sahara",
                "question cuba", "situation palestine"));
        // "question" is in four texts, "palestine" in two: sharing palestine counts more.
        assertThat(texts.similarity(0, 4)).isGreaterThan(texts.similarity(0, 1));
        assertThat(texts.similarity(0, 1)).isPositive();
    }

    @Test
    void aTitleMadeFromTheDescriptionIsNotCountedTwice() {
        assertThat(RollCallTexts.document("Nuclear tests", "Nuclear tests : resolution / adopted by the GA"))
                .isEqualTo("Nuclear tests : resolution / adopted by the GA");
        assertThat(RollCallTexts.document("Oil slick", "Oil slick on Lebanese shores"))
                .isEqualTo("Oil slick on Lebanese shores");
        assertThat(RollCallTexts.document("Oil slick", "The General Assembly")).isEqualTo("Oil slick The General Assembly");
        assertThat(RollCallTexts.document("UNGA roll call 12", null)).isNull();
        assertThat(RollCallTexts.document("Cuba", null)).isEqualTo("Cuba");
    }
}
