package org.coalitiongraph.prediction.backtest;

import java.time.LocalDate;

import org.coalitiongraph.prediction.BacktestResult;

/**
 * A replay of the window's history: each roll call and each statement predicted from earlier data.
 *
 * @param rollCalls  null when the window holds no roll call within the filter
 * @param statements null when it holds no statement with a complete list within the filter
 */
public record Backtest(LocalDate from, LocalDate to, BacktestResult rollCalls, BacktestResult statements) {
}
