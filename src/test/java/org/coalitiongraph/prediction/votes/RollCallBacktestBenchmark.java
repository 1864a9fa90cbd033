package org.coalitiongraph.prediction.votes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.coalitiongraph.CoalitionGraphApplication;
import org.coalitiongraph.prediction.BacktestResult;
import org.coalitiongraph.prediction.Scores;
import org.coalitiongraph.projection.AnalyticsProjection;
import org.springframework.boot.SpringApplication;

/**
 * The roll-call goal of issue 7 on all UNGA votes: the backtest over sessions 60–74 (each roll call
 * predicted from earlier votes only, the model fitted on the fifteen years before), the model beside
 * both baselines, and how long {@code likelyVotes} takes cold and warm. Run with
 * {@code bash bench/votes.sh}, which prepares the UNGA database.
 */
public final class RollCallBacktestBenchmark {

    private RollCallBacktestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int firstSession = Integer.getInteger("from", 60);
        int lastSession = Integer.getInteger("to", 74);
        var app = new SpringApplication(CoalitionGraphApplication.class).run(
                "--coalition.embedded.data-directory=" + Path.of(args[0]), "--server.port=0",
                "--coalition.embedded.bolt-port=0", "--coalition.datasets.load-on-start=",
                "--coalition.cache.enabled=false", "--logging.level.root=WARN",
                "--coalition.security.api-keys-file=" + Path.of(args[0]).resolveSibling("bench-api-keys.tsv"));
        try (app) {
            var projection = app.getBean(AnalyticsProjection.class).current();
            Set<Integer> sessions = IntStream.rangeClosed(firstSession, lastSession)
                    .map(n -> projection.sessionIndex("session:UNGA" + n)).filter(s -> s >= 0).boxed()
                    .collect(Collectors.toSet());
            var dates = IntStream.range(0, projection.rollCallCount()).map(projection::rollCallStatement)
                    .filter(s -> sessions.contains(projection.session(s)) && projection.day(s) != projection.NO_DATE)
                    .map(projection::day).summaryStatistics();
            var from = LocalDate.ofEpochDay(dates.getMin());
            var to = LocalDate.ofEpochDay(dates.getMax());
            var backtest = app.getBean(RollCallBacktest.class);
            var histories = app.getBean(VoteHistories.class);
            long started = System.nanoTime();
            histories.of(projection);
            System.out.printf("history (ordering, bitsets, TF-IDF): %.1f s%n", (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            var result = backtest.run(projection, s -> sessions.contains(projection.session(s)), from, to);
            System.out.printf("backtest UNGA%d-UNGA%d (%s to %s): %.1f s%n", firstSession, lastSession, from, to,
                    (System.nanoTime() - started) / 1e9);
            print(result);
            started = System.nanoTime();
            var fitted = VoteModels.fit(histories.of(projection), (int) LocalDate.of(2018, 1, 1).toEpochDay());
            System.out.printf("models for 2018 (%d roll calls): %.0f ms%n", fitted.rollCalls(), (System.nanoTime() - started) / 1e6);
            var likely = app.getBean(LikelyVotes.class);
            for (var id : java.util.List.of("rollcall:unga:9146", "rollcall:unga:9147", "rollcall:unga:9146", "rollcall:unga:9000", "rollcall:unga:9000", "rollcall:unga:9100")) {
                if (projection.statement(id) < 0) {
                    continue;
                }
                started = System.nanoTime();
                var answer = likely.of(id, null, 200);
                System.out.printf("likelyVotes(%s): %.0f ms, most likely yes %s %.3f%n", id, (System.nanoTime() - started) / 1e6,
                        answer.states().get(0).state().getName(), answer.states().get(0).yes());
                System.out.println("  least likely: " + answer.states().get(answer.states().size() - 1));
            }
        }
    }

    private static void print(BacktestResult result) {
        System.out.printf("%d roll calls scored, %d skipped%n", result.items(), result.skipped());
        System.out.printf("%-24s %8s %8s %8s %8s %8s %8s%n", "", "items", "prec@k", "meanAUC", "poolAUC", "logloss", "Brier");
        row(result.model());
        result.baselines().forEach(RollCallBacktestBenchmark::row);
        result.weights().forEach(w -> System.out.printf("  %-9s %+.3f%n", w.feature(), w.weight()));
        for (var bin : result.model().calibration()) {
            System.out.printf("  [%.1f, %.1f) %7d predicted %.3f observed %.3f%n", bin.from(), bin.to(), bin.predictions(),
                    bin.meanPredicted(), bin.observed());
        }
    }

    private static void row(Scores s) {
        System.out.printf("%-24s %8d %8.4f %8.4f %8.4f %8.4f %8.4f%n", s.name(), s.items(), s.precisionAtK(), s.meanAuc(),
                s.pooledAuc(), s.logLoss(), s.brier());
    }
}
