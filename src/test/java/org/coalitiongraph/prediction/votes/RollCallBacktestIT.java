package org.coalitiongraph.prediction.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.prediction.ScoredItem;
import org.coalitiongraph.prediction.Scores;
import org.coalitiongraph.projection.AnalyticsProjection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The roll-call backtest on a generated graph ({@link GeneratedRollCalls}: blocs voting on recurring topics): the
 * same-issue baseline equals its plain Cypher answer ({@code cypher/oracle/same-issue-yes-rate.cypher}),
 * and the model, which learns the blocs' stances from earlier votes, beats a flat prediction.
 */
@IntegrationTest
@GraphData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollCallBacktestIT {

    private static final long SEED = 20_261_129L;
    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2022, 12, 31);

    @Autowired
    GraphImporter importer;

    @Autowired
    Driver driver;

    @Autowired
    CypherQueries queries;

    @Autowired
    AnalyticsProjection projection;

    @Autowired
    VoteHistories histories;

    @Autowired
    RollCallBacktest backtest;

    ImportDocument generated;

    @BeforeAll
    void importGeneratedGraph() {
        generated = GeneratedRollCalls.generate(SEED, 30, 400);
        importer.importDocument(generated, "generated graph, seed " + SEED);
    }

    @Test
    void theSameIssueBaselineEqualsThePlainAnswer() {
        var p = projection.current();
        var history = histories.of(p);
        var random = new Random(SEED);
        int compared = 0;
        for (int i = 0; i < 25; i++) {
            int position = 1 + random.nextInt(history.size() - 1);
            var target = Target.at(history, position);
            var evidence = target.evidence(history);
            var rollCall = p.statementId(p.rollCallStatement(target.rollCall()));
            for (int c = 0; c < target.candidates().length; c++) {
                var actor = p.actorId(target.candidates()[c]);
                double expected = driver.executableQuery(queries.get("oracle/same-issue-yes-rate"))
                        .withParameters(Map.of("rollCall", rollCall, "actor", actor)).execute().records().get(0)
                        .get("rate").asDouble();
                assertThat(evidence[c].baseline()).as("%s on %s", actor, rollCall).isCloseTo(expected, within(1e-9));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void theModelBeatsAFlatPredictionAndEveryMetricIsInRange() {
        var p = projection.current();
        var result = backtest.run(p, s -> true, FROM, TO);
        assertThat(result.items()).isGreaterThan(50);
        assertThat(result.baselines()).extracting(Scores::name)
                .containsExactly(RollCallBacktest.SAME_ISSUE, RollCallBacktest.MOST_SIMILAR);
        var model = result.model();
        assertThat(model.name()).isEqualTo(RollCallBacktest.MODEL);
        for (var scores : List.of(model, result.baselines().get(0), result.baselines().get(1))) {
            assertThat(scores.items()).isEqualTo(result.items());
            assertThat(scores.precisionAtK()).isBetween(0.0, 1.0);
            assertThat(scores.meanAuc()).isBetween(0.0, 1.0);
            assertThat(scores.pooledAuc()).isBetween(0.0, 1.0);
            assertThat(scores.brier()).isBetween(0.0, 1.0);
            assertThat(scores.logLoss()).isPositive();
            assertThat(scores.calibration()).hasSize(10);
            assertThat(scores.calibration().stream().mapToLong(Scores.CalibrationBin::predictions).sum())
                    .isEqualTo(scores.predictions());
        }
        var flat = flat(p, result.model().predictions());
        assertThat(model.meanAuc()).isGreaterThan(flat.meanAuc() + 0.1);
        assertThat(model.pooledAuc()).isGreaterThan(flat.pooledAuc() + 0.1);
        assertThat(model.precisionAtK()).isGreaterThan(flat.precisionAtK());
        assertThat(model.logLoss()).isLessThan(flat.logLoss());
        assertThat(model.brier()).isLessThan(flat.brier());
        assertThat(result.weights()).extracting(w -> w.feature()).containsExactlyElementsOf(VoteFeatures.YES);
    }

    /** Every candidate of every roll call in the window at the window's share of yes votes. */
    private Scores flat(org.coalitiongraph.projection.Projection p, long predictions) {
        var history = histories.of(p);
        var items = new ArrayList<ScoredItem>();
        int first = history.before((int) FROM.toEpochDay());
        int end = history.before((int) TO.toEpochDay() + 1);
        long yes = 0;
        for (int position = first; position < end; position++) {
            var target = Target.at(history, position);
            var outcomes = new boolean[target.candidates().length];
            for (int c = 0; c < outcomes.length; c++) {
                outcomes[c] = history.yes(target.candidates()[c], position);
                yes += outcomes[c] ? 1 : 0;
            }
            items.add(new ScoredItem(p.statementId(p.rollCallStatement(target.rollCall())),
                    new double[outcomes.length], outcomes));
        }
        double share = yes / (double) predictions;
        return Scores.of("flat", items.stream().map(item -> {
            var probabilities = new double[item.outcomes().length];
            java.util.Arrays.fill(probabilities, share);
            return new ScoredItem(item.id(), probabilities, item.outcomes());
        }).toList());
    }
}
