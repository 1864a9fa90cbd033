package org.coalitiongraph.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ScoresTests {

    @Test
    void aucEqualsThePairwiseCountOnRandomPredictionsWithTies() {
        var random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 2 + random.nextInt(60);
            var p = new double[n];
            var y = new boolean[n];
            for (int i = 0; i < n; i++) {
                p[i] = random.nextInt(6) / 5.0;
                y[i] = random.nextBoolean();
            }
            y[0] = true;
            y[1] = false;
            double wins = 0;
            long pairs = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (y[i] && !y[j]) {
                        pairs++;
                        wins += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                    }
                }
            }
            assertThat(Scores.auc(p, y)).isCloseTo(wins / pairs, within(1e-12));
        }
    }

    @Test
    void precisionAtKCountsTiesAtTheCutInProportion() {
        // k = 2: the top candidate is a hit; three tie for the second place, one of them a hit.
        var p = new double[] {0.9, 0.5, 0.5, 0.5, 0.1};
        var y = new boolean[] {true, false, true, false, false};
        assertThat(Scores.precisionAtK(p, y, 2)).isCloseTo((1 + 1 / 3.0) / 2, within(1e-12));
        // A flat prediction scores the base rate.
        assertThat(Scores.precisionAtK(new double[] {0.3, 0.3, 0.3, 0.3}, new boolean[] {true, false, false, false}, 1))
                .isCloseTo(0.25, within(1e-12));
    }

    @Test
    void perfectPredictionsScorePerfectly() {
        var item = new ScoredItem("s", new double[] {1, 1, 0, 0}, new boolean[] {true, true, false, false});
        var scores = Scores.of("perfect", List.of(item));
        assertThat(scores.precisionAtK()).isEqualTo(1);
        assertThat(scores.meanAuc()).isEqualTo(1);
        assertThat(scores.pooledAuc()).isEqualTo(1);
        assertThat(scores.brier()).isZero();
        assertThat(scores.logLoss()).isCloseTo(-Math.log(1 - 1e-6), within(1e-12));
        assertThat(scores.calibration().get(9).observed()).isEqualTo(1);
        assertThat(scores.calibration().get(0).observed()).isZero();
        assertThat(scores.calibration().get(5).predictions()).isZero();
    }

    @Test
    void logLossBrierAndCalibrationAverageOverAllPredictions() {
        var a = new ScoredItem("a", new double[] {0.8, 0.2}, new boolean[] {true, true});
        var b = new ScoredItem("b", new double[] {0.25}, new boolean[] {false});
        var scores = Scores.of("x", List.of(a, b));
        assertThat(scores.predictions()).isEqualTo(3);
        assertThat(scores.logLoss()).isCloseTo(-(Math.log(0.8) + Math.log(0.2) + Math.log(0.75)) / 3, within(1e-12));
        assertThat(scores.brier()).isCloseTo((0.04 + 0.64 + 0.0625) / 3, within(1e-12));
        // Item a has no negative and b no positive: no AUC of their own, but pooled they have one.
        assertThat(scores.meanAuc()).isNaN();
        assertThat(scores.pooledAuc()).isCloseTo(0.5, within(1e-12));
        assertThat(scores.calibration().get(2).predictions()).isEqualTo(2);
        assertThat(scores.calibration().get(2).observed()).isCloseTo(0.5, within(1e-12));
    }
}
