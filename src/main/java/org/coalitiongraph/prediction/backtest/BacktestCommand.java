package org.coalitiongraph.prediction.backtest;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.coalitiongraph.cli.CliCommand;
import org.coalitiongraph.cli.UsageException;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.springframework.stereotype.Component;

/** {@code backtest <from> <to>}: the {@code backtest} query on the command line, printed as tables. */
@Component
final class BacktestCommand implements CliCommand {

    private final Backtests backtests;

    BacktestCommand(Backtests backtests) {
        this.backtests = backtests;
    }

    @Override
    public String name() {
        return "backtest";
    }

    @Override
    public String usage() {
        return "backtest <from> <to>  predicts each roll call and statement dated from..to (YYYY-MM-DD) from earlier data and prints the scores";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (args.size() != 2) {
            throw new UsageException("give the first and the last day of the window, e.g. 2005-09-13 2020-12-31");
        }
        BacktestTable.print(backtests.run(AnalyticsFilter.NONE, day(args.get(0)), day(args.get(1))), out);
        return 0;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("'" + text + "' is not a day (YYYY-MM-DD)");
        }
    }
}
