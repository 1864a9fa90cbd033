package org.coalitiongraph.prediction.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.cli.Commands;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.prediction.KnownCoalitions;
import org.coalitiongraph.prediction.ScoredItem;
import org.coalitiongraph.prediction.Scores;
import org.coalitiongraph.prediction.signers.StatementBacktest;
import org.coalitiongraph.prediction.votes.RollCallBacktest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The backtest query and command on {@link KnownCoalitions}, and its agreement with likelySigners. */
@IntegrationTest
@GraphData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BacktestIT {

    @Autowired
    GraphImporter importer;

    @Autowired
    Commands commands;

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeAll
    void importKnownHistory() {
        importer.importDocument(new KnownCoalitions().history(), "known history");
        graphQl = GraphQlHttp.tester(port);
    }

    @Test
    void eachStatementIsScoredAsLikelySignersPredictsIt() {
        var statements = backtest("2016-01-01", "2020-12-31").get("statements");
        assertThat(statements).containsEntry("items", 10).containsEntry("skipped", 0);
        var model = scores(statements.get("model"));
        assertThat(model).containsEntry("name", "model").containsEntry("predictions", 110);
        assertThat(names(statements.get("baselines")))
                .containsExactly(StatementBacktest.SAME_SIDE_BASELINE, StatementBacktest.LEAD_GROUP_BASELINE);
        // The same predictions, asked one by one: the backtest replays likelySigners(forStatement).
        var items = new ArrayList<ScoredItem>();
        for (int year = 2016; year <= 2020; year++) {
            items.add(asked("stmt:critical-" + year));
            items.add(asked("stmt:supportive-" + year));
        }
        var expected = Scores.of("model", items);
        assertThat(number(model.get("logLoss"))).isCloseTo(expected.logLoss(), within(1e-9));
        assertThat(number(model.get("brier"))).isCloseTo(expected.brier(), within(1e-9));
        assertThat(number(model.get("meanAuc"))).isCloseTo(expected.meanAuc(), within(1e-9));
        assertThat(number(model.get("precisionAtK"))).isCloseTo(expected.precisionAtK(), within(1e-9));
        // Two sides that never mix: the model ranks every signer first.
        assertThat(number(model.get("meanAuc"))).isEqualTo(1.0);
        var leadGroup = scores(baselines(statements).get(1));
        assertThat(number(leadGroup.get("meanAuc"))).isLessThan(0.9);
        assertThat(number(model.get("logLoss"))).isLessThan(number(leadGroup.get("logLoss")));
    }

    @Test
    void rollCallsAreScoredBesideTheirBaselines() {
        var rollCalls = backtest("2016-01-01", "2020-12-31").get("rollCalls");
        assertThat(rollCalls).containsEntry("items", 8).containsEntry("skipped", 0);
        assertThat(scores(rollCalls.get("model"))).containsEntry("predictions", 96);
        assertThat(names(rollCalls.get("baselines"))).containsExactly(RollCallBacktest.SAME_ISSUE, RollCallBacktest.MOST_SIMILAR);
        assertThat(number(scores(rollCalls.get("model")).get("meanAuc"))).isEqualTo(1.0);
    }

    @Test
    void aWindowWithNothingInItHasNoResults() {
        var answer = backtest("2030-01-01", "2030-12-31");
        assertThat(answer).containsEntry("rollCalls", null).containsEntry("statements", null);
    }

    @Test
    void aWindowEndingBeforeItStartsIsNamed() {
        graphQl.documentName("backtest").variable("from", "2020-01-01").variable("to", "2019-01-01").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                    assertThat(error.getMessage()).startsWith("to: must not be before from");
                }));
    }

    @Test
    void theCommandPrintsTheTable() {
        var out = new ByteArrayOutputStream();
        int exit = commands.run(List.of("backtest", "2016-01-01", "2020-12-31"), print(out), print(new ByteArrayOutputStream()));
        assertThat(exit).isZero();
        var lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).contains("Backtest from 2016-01-01 to 2020-12-31", "  8 scored, 0 skipped, 96 predictions",
                "  10 scored, 0 skipped, 110 predictions");
        assertThat(lines).anyMatch(line -> line.matches("  model +1\\.000 +1\\.000 .*"));
        assertThat(lines).anyMatch(line -> line.startsWith("  " + StatementBacktest.LEAD_GROUP_BASELINE + " "));
        assertThat(lines).anyMatch(line -> line.matches("  0\\.9–1\\.0 +\\d+ +0\\.\\d{3} +\\d\\.\\d{3}"));
        assertThat(lines).anyMatch(line -> line.matches("  same_side +\\+\\d\\.\\d{3}  .+"));
    }

    @Test
    void theCommandNamesADayItCannotRead() {
        var err = new ByteArrayOutputStream();
        int exit = commands.run(List.of("backtest", "2016-13-01", "2020-12-31"), print(new ByteArrayOutputStream()), print(err));
        assertThat(exit).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("backtest: '2016-13-01' is not a day (YYYY-MM-DD)");
    }

    /** likelySigners(forStatement) for one statement, as the backtest scores it. */
    @SuppressWarnings("unchecked")
    private ScoredItem asked(String statement) {
        var answer = graphQl.documentName("likelySigners").variable("forStatement", statement).execute()
                .path("likelySigners.signers").entity(List.class).get();
        var probabilities = new double[answer.size()];
        var outcomes = new boolean[answer.size()];
        for (int i = 0; i < answer.size(); i++) {
            var signer = (Map<String, Object>) answer.get(i);
            probabilities[i] = number(signer.get("probability"));
            outcomes[i] = (Boolean) signer.get("signed");
        }
        return new ScoredItem(statement, probabilities, outcomes);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> backtest(String from, String to) {
        return graphQl.documentName("backtest").variable("from", from).variable("to", to).execute()
                .path("backtest").entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scores(Object scores) {
        return (Map<String, Object>) scores;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> baselines(Map<String, Object> result) {
        return (List<Object>) result.get("baselines");
    }

    private static List<Object> names(Object baselines) {
        return ((List<?>) baselines).stream().map(b -> scores(b).get("name")).toList();
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
