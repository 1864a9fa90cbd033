package org.coalitiongraph.prediction.signers;

import java.time.LocalDate;
import java.util.List;

import org.coalitiongraph.prediction.ModelWeight;

/**
 * The answer of {@code likelySigners}.
 *
 * @param candidates the states ranked: seated states not already on the list
 * @param baseRate   the average share of states that signed an earlier statement with a complete list
 */
public record SignerForecast(LocalDate asOf, int candidates, double baseRate, List<LikelySigner> signers,
        List<ModelWeight> weights) {
}
