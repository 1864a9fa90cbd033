package org.coalitiongraph.prediction.backtest;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Locale;

import org.coalitiongraph.prediction.BacktestResult;
import org.coalitiongraph.prediction.Scores;

/** A backtest as plain-text tables: the metrics of the model and its baselines, calibration, weights. */
final class BacktestTable {

    private BacktestTable() {
    }

    static void print(Backtest backtest, PrintStream out) {
        out.printf("Backtest from %s to %s%n", backtest.from(), backtest.to());
        section("Roll calls (probability of a yes, every state that voted)", backtest.rollCalls(), out);
        section("Statements with complete lists (probability of signing, every seated state but the lead)",
                backtest.statements(), out);
    }

    private static void section(String title, BacktestResult result, PrintStream out) {
        out.println();
        out.println(title);
        if (result == null) {
            out.println("  none in the window");
            return;
        }
        out.printf(Locale.ROOT, "  %d scored, %d skipped, %d predictions%n", result.items(), result.skipped(),
                result.model().predictions());
        out.printf(Locale.ROOT, "  %-50s %12s %9s %10s %9s %7s%n", "predictor", "precision@k", "mean AUC", "pooled AUC",
                "log-loss", "Brier");
        var all = new ArrayList<Scores>();
        all.add(result.model());
        all.addAll(result.baselines());
        for (var scores : all) {
            out.printf(Locale.ROOT, "  %-50s %12s %9s %10s %9s %7s%n", scores.name(), number(scores.precisionAtK()),
                    number(scores.meanAuc()), number(scores.pooledAuc()), number(scores.logLoss()),
                    number(scores.brier()));
        }
        out.println();
        out.println("  Calibration of the model");
        out.printf(Locale.ROOT, "  %-9s %12s %15s %9s%n", "bin", "predictions", "mean predicted", "observed");
        for (var bin : result.model().calibration()) {
            out.printf(Locale.ROOT, "  %.1f–%.1f %12d %15s %9s%n", bin.from(), bin.to(), bin.predictions(),
                    number(bin.meanPredicted()), number(bin.observed()));
        }
        out.println();
        out.println("  Weights");
        for (var weight : result.weights()) {
            out.printf(Locale.ROOT, "  %-18s %+8.3f  %s%n", weight.feature(), weight.weight(), weight.description());
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }
}
