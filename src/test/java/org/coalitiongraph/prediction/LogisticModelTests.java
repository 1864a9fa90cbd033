package org.coalitiongraph.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LogisticModelTests {

    private static final List<String> FEATURES = List.of("const", "a", "b");

    @Test
    void recoversTheWeightsThatGeneratedTheOutcomes() {
        var truth = new double[] {-0.5, 1.5, -2.0};
        var random = new Random(3);
        int n = 20_000;
        var x = new double[n][];
        var y = new boolean[n];
        var generator = new LogisticModel(FEATURES, truth);
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {1, random.nextGaussian(), random.nextGaussian()};
            y[i] = random.nextDouble() < generator.probability(x[i]);
        }
        var fitted = LogisticModel.fit(FEATURES, x, y, new double[3], 1e-6);
        for (int j = 0; j < 3; j++) {
            assertThat(fitted.weights()[j]).isCloseTo(truth[j], within(0.1));
        }
    }

    @Test
    void withoutHistoryKeepsItsPrior() {
        var prior = new double[] {0.3, 1.0, -1.0};
        var fitted = LogisticModel.fit(FEATURES, new double[0][], new boolean[0], prior, 1e-3);
        assertThat(fitted.weights()).containsExactly(prior);
    }

    @Test
    void aStrongPenaltyHoldsWeightsAtThePriorWhileTheConstantFollowsTheData() {
        var prior = new double[] {0, 1.0, 0};
        var x = new double[][] {{1, 0, 0}, {1, 0, 0}, {1, 0, 0}, {1, 0, 0}};
        var y = new boolean[] {true, true, true, false};
        var fitted = LogisticModel.fit(FEATURES, x, y, prior, 1e6);
        assertThat(fitted.weights()[1]).isCloseTo(1.0, within(1e-9));
        assertThat(fitted.probability(new double[] {1, 0, 0})).isCloseTo(0.75, within(1e-6));
    }
}
