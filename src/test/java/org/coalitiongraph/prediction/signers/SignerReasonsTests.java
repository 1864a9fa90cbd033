package org.coalitiongraph.prediction.signers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignerReasonsTests {

    @Test
    void oneKnownSignatoryIsNamedInTheSingular() {
        assertThat(SignerReasons.knownInGroup(1, 1)).isEqualTo("the known signatory state is");
        assertThat(SignerReasons.knownInGroup(0, 1)).isEqualTo("the known signatory state is not");
    }

    @Test
    void severalKnownSignatoriesAreCountedWithTheVerbOfTheCount() {
        assertThat(SignerReasons.knownInGroup(1, 3)).isEqualTo("1 of the 3 known signatory states is");
        assertThat(SignerReasons.knownInGroup(2, 3)).isEqualTo("2 of the 3 known signatory states are");
        assertThat(SignerReasons.knownInGroup(0, 3)).isEqualTo("0 of the 3 known signatory states are");
    }
}
