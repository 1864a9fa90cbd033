package org.coalitiongraph.prediction.backtest;

import java.time.LocalDate;

import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.prediction.Scores;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class BacktestController {

    private final Backtests backtests;

    BacktestController(Backtests backtests) {
        this.backtests = backtests;
    }

    @QueryMapping
    Backtest backtest(@Argument AnalyticsFilter filter, @Argument LocalDate from, @Argument LocalDate to) {
        return backtests.run(filter, from, to);
    }

    // A metric without a value (an AUC over items all of one outcome) is null, not NaN: JSON has no NaN.

    @SchemaMapping(typeName = "Scores")
    Double precisionAtK(Scores scores) {
        return orNull(scores.precisionAtK());
    }

    @SchemaMapping(typeName = "Scores")
    Double meanAuc(Scores scores) {
        return orNull(scores.meanAuc());
    }

    @SchemaMapping(typeName = "Scores")
    Double pooledAuc(Scores scores) {
        return orNull(scores.pooledAuc());
    }

    @SchemaMapping(typeName = "Scores")
    Double logLoss(Scores scores) {
        return orNull(scores.logLoss());
    }

    @SchemaMapping(typeName = "Scores")
    Double brier(Scores scores) {
        return orNull(scores.brier());
    }

    @SchemaMapping(typeName = "CalibrationBin")
    Double meanPredicted(Scores.CalibrationBin bin) {
        return orNull(bin.meanPredicted());
    }

    @SchemaMapping(typeName = "CalibrationBin")
    Double observed(Scores.CalibrationBin bin) {
        return orNull(bin.observed());
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
