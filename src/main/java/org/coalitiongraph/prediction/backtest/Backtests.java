package org.coalitiongraph.prediction.backtest;

import java.time.LocalDate;

import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.prediction.BacktestResult;
import org.coalitiongraph.prediction.signers.StatementBacktest;
import org.coalitiongraph.prediction.votes.RollCallBacktest;
import org.coalitiongraph.projection.AnalyticsProjection;
import org.coalitiongraph.projection.Scopes;
import org.coalitiongraph.web.InvalidArgumentException;
import org.springframework.stereotype.Service;

/** Runs the backtests of both models over one window and filter, on the current projection. */
@Service
public final class Backtests {

    private final AnalyticsProjection projection;
    private final Scopes scopes;
    private final StatementBacktest statements;
    private final RollCallBacktest rollCalls;

    Backtests(AnalyticsProjection projection, Scopes scopes, StatementBacktest statements,
            RollCallBacktest rollCalls) {
        this.projection = projection;
        this.scopes = scopes;
        this.statements = statements;
        this.rollCalls = rollCalls;
    }

    public Backtest run(AnalyticsFilter filter, LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidArgumentException("from", "is required");
        }
        if (to == null) {
            throw new InvalidArgumentException("to", "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidArgumentException("to", "must not be before from (" + from + "), was " + to);
        }
        var p = projection.current();
        var scope = scopes.of(p, AnalyticsFilter.orNone(filter), "filter");
        return new Backtest(from, to, nullIfEmpty(rollCalls.run(p, scope::admits, from, to)),
                nullIfEmpty(statements.run(p, scope, from, to)));
    }

    private static BacktestResult nullIfEmpty(BacktestResult result) {
        return result == null || result.items() == 0 && result.skipped() == 0 ? null : result;
    }
}
