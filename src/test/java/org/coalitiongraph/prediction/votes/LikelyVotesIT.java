package org.coalitiongraph.prediction.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.GeneratedSignatures;
import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.ingest.ImportDocument.Vote;
import org.coalitiongraph.statement.StatementKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A history whose answer is known: every year bloc A votes yes on nuclear disarmament and no on a
 * resolution on the Middle East, bloc B the other way round, and all agree on children's rights.
 */
@IntegrationTest
@GraphData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LikelyVotesIT {

    private static final String NUCLEAR = "Nuclear disarmament and the prohibition of nuclear weapons";
    private static final String TARGET = "rollcall:known-2020-nuclear";
    private static final String QUERY = """
            query($rollCall: ID!, $asOf: Date) { likelyVotes(rollCall: $rollCall, asOf: $asOf, first: 100) {
              rollCall { id title } asOf candidates
              states { state { id name } yes no abstain actual reasons { text feature value effect } }
              weights { feature description weight } } }""";

    @Autowired
    GraphImporter importer;

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;
    ImportDocument base;
    List<String> blocA;
    List<String> blocB;

    @BeforeAll
    void importKnownHistory() {
        base = GeneratedSignatures.generate(7, 12, 1, 1);
        blocA = base.states().subList(0, 6).stream().map(s -> s.id()).toList();
        blocB = base.states().subList(6, 12).stream().map(s -> s.id()).toList();
        var rollCalls = new ArrayList<StatementRecord>();
        for (int year = 2012; year <= 2019; year++) {
            rollCalls.add(rollCall("rollcall:known-" + year + "-nuclear", NUCLEAR, LocalDate.of(year, 12, 5), "yes", "no"));
            rollCalls.add(rollCall("rollcall:known-" + year + "-mideast", "The situation in the Middle East",
                    LocalDate.of(year, 12, 6), "no", "yes"));
            rollCalls.add(rollCall("rollcall:known-" + year + "-children", "Rights of the child",
                    LocalDate.of(year, 12, 7), "yes", "yes"));
        }
        rollCalls.add(rollCall(TARGET, NUCLEAR, LocalDate.of(2020, 6, 1), "yes", "no"));
        importer.importDocument(with(rollCalls), "known history");
        graphQl = GraphQlHttp.tester(port);
    }

    @Test
    void blocAIsLikelyToVoteYesOnNuclearDisarmamentAndBlocBNo() {
        var answer = likelyVotes(null);
        assertThat(answer.get("asOf")).isEqualTo("2020-06-01");
        assertThat(answer.get("candidates")).isEqualTo(12);
        var states = states(answer);
        var order = states.stream().map(s -> id(s.get("state"))).toList();
        assertThat(order.subList(0, 6)).containsExactlyInAnyOrderElementsOf(blocA);
        assertThat(order.subList(6, 12)).containsExactlyInAnyOrderElementsOf(blocB);
        for (var s : states) {
            double yes = ((Number) s.get("yes")).doubleValue();
            double no = ((Number) s.get("no")).doubleValue();
            double abstain = ((Number) s.get("abstain")).doubleValue();
            assertThat(yes + no + abstain).isCloseTo(1, within(1e-9));
            boolean inA = blocA.contains(id(s.get("state")));
            assertThat(inA ? yes : no).as("%s", s.get("state")).isGreaterThan(0.8);
            assertThat(s.get("actual")).isEqualTo(inA ? "YES" : "NO");
        }
        var top = states.getFirst();
        var texts = reasons(top).stream().map(r -> (String) r.get("text")).toList();
        assertThat(texts).contains("voted yes on the newest earlier roll call of the same series, "
                + "rollcall:known-2019-nuclear '" + NUCLEAR + "' (2019-12-05)");
        assertThat(texts).contains("voted yes on 8 of 8 earlier roll calls of the same series (100 %, the newest weighing most)");
        assertThat(texts).anyMatch(t -> t.startsWith("voted yes on 6 of its 9 votes in the 3 years before"));
        for (var reason : reasons(top)) {
            var weight = weights(answer).get(reason.get("feature"));
            assertThat(((Number) reason.get("effect")).doubleValue())
                    .isCloseTo(weight * ((Number) reason.get("value")).doubleValue(), within(1e-9));
        }
        assertThat(weights(answer)).containsKeys("const", "knnx", "ser_yes", "ser_rate", "p_rec", "p_iss5", "bloc",
                "no.const", "no.knn_no", "no.no_rec");
    }

    @Test
    void laterRollCallsAndVotesChangeNoProbability() {
        var before = probabilities(likelyVotes("2020-06-01"));
        var earlier = probabilities(likelyVotes("2019-12-06"));
        // The same day and later, the blocs turn round: nothing dated from asOf on may count.
        importer.importDocument(with(List.of(
                rollCall("rollcall:known-2020-nuclear-again", NUCLEAR, LocalDate.of(2020, 6, 1), "no", "yes"),
                rollCall("rollcall:known-2021-nuclear", NUCLEAR, LocalDate.of(2021, 1, 5), "no", "yes"))), "later votes");
        // Equal but for rounding: word rarities (IDF) count every text, later ones too; texts are not votes.
        assertSame(probabilities(likelyVotes("2020-06-01")), before);
        assertSame(probabilities(likelyVotes(null)), before);
        assertSame(probabilities(likelyVotes("2019-12-06")), earlier);
        // Read up to 2019-12-06, the 2019 vote on nuclear disarmament counts; read up to 2019-12-05 it does not.
        assertThat(reasons(states(likelyVotes("2019-12-05")).getFirst()).stream().map(r -> (String) r.get("text")))
                .anyMatch(t -> t.contains("(2018-12-05)"));
    }

    @Test
    void anUnknownRollCallIsNamed() {
        graphQl.document("{ likelyVotes(rollCall: \"rollcall:atlantis\") { candidates } }").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
                    assertThat(error.getMessage()).startsWith("rollCall:").contains("rollcall:atlantis");
                }));
    }

    private StatementRecord rollCall(String id, String title, LocalDate date, String a, String b) {
        var votes = new ArrayList<Vote>();
        blocA.forEach(state -> votes.add(new Vote(state, a)));
        blocB.forEach(state -> votes.add(new Vote(state, b)));
        return new StatementRecord(id, title, date, StatementKind.ROLL_CALL, null, null, null, null, true,
                title + " : resolution / adopted by the General Assembly", null, null, null, List.of(), null, null,
                null, null, null, null, votes);
    }

    private ImportDocument with(List<StatementRecord> rollCalls) {
        return new ImportDocument(base.format(), base.dataset(), base.datasets(), base.sources(), base.states(),
                base.organisations(), base.people(), base.sessions(), base.issues(), base.groupings(), rollCalls);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> likelyVotes(String asOf) {
        var request = graphQl.document(QUERY).variable("rollCall", TARGET);
        if (asOf != null) {
            request = request.variable("asOf", asOf);
        }
        return request.execute().path("likelyVotes").entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> states(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("states");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reasons(Map<String, Object> state) {
        return (List<Map<String, Object>>) state.get("reasons");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> weights(Map<String, Object> answer) {
        var weights = new java.util.HashMap<String, Double>();
        ((List<Map<String, Object>>) answer.get("weights"))
                .forEach(w -> weights.put((String) w.get("feature"), ((Number) w.get("weight")).doubleValue()));
        return weights;
    }

    /** Per state: P(yes), P(no), P(abstain), then each reason's value and effect; and the reasons' texts. */
    private static Map<String, List<Object>> probabilities(Map<String, Object> answer) {
        var probabilities = new java.util.TreeMap<String, List<Object>>();
        states(answer).forEach(s -> {
            var numbers = new ArrayList<Double>(List.of(number(s.get("yes")), number(s.get("no")), number(s.get("abstain"))));
            reasons(s).forEach(r -> numbers.addAll(List.of(number(r.get("value")), number(r.get("effect")))));
            probabilities.put(id(s.get("state")), List.of(numbers, reasons(s).stream().map(r -> r.get("text")).toList()));
        });
        return probabilities;
    }

    @SuppressWarnings("unchecked")
    private static void assertSame(Map<String, List<Object>> actual, Map<String, List<Object>> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((state, values) -> {
            assertThat(actual.get(state).get(1)).as(state).isEqualTo(values.get(1));
            var numbers = (List<Double>) actual.get(state).get(0);
            var expectedNumbers = (List<Double>) values.get(0);
            assertThat(numbers).hasSameSizeAs(expectedNumbers);
            for (int i = 0; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).as(state).isCloseTo(expectedNumbers.get(i), within(1e-9));
            }
        });
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static String id(Object actor) {
        return (String) ((Map<String, Object>) actor).get("id");
    }
}
