package org.coalitiongraph.prediction.signers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.coalitiongraph.prediction.KnownCoalitions.TARGET;
import static org.coalitiongraph.prediction.KnownCoalitions.TARGET_DAY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.prediction.KnownCoalitions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** likelySigners on {@link KnownCoalitions}: its answer is known. */
@IntegrationTest
@GraphData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LikelySignersIT {

    @Autowired
    GraphImporter importer;

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;
    KnownCoalitions coalitions = new KnownCoalitions();
    List<String> states = coalitions.states();

    @BeforeAll
    void importKnownHistory() {
        importer.importDocument(coalitions.history(), "known history");
        graphQl = GraphQlHttp.tester(port);
    }

    @Test
    void theLeadsCoSignersComeFirstTheOtherSideLastWithTheirReasons() {
        var answer = forStatement(TARGET, null);
        assertThat(answer.get("asOf")).isEqualTo(TARGET_DAY.toString());
        assertThat(answer.get("candidates")).as("every state but the lead").isEqualTo(11);
        assertThat(number(answer.get("baseRate"))).isCloseTo(5.5 / 12, within(1e-9));
        var order = signers(answer).stream().map(LikelySignersIT::stateId).toList();
        assertThat(order.subList(0, 4)).containsExactlyInAnyOrderElementsOf(states.subList(1, 5));
        assertThat(order.get(4)).isEqualTo(states.get(5));
        assertThat(order.subList(5, 11)).containsExactlyInAnyOrderElementsOf(states.subList(6, 12));
        for (var signer : signers(answer)) {
            int i = states.indexOf(stateId(signer));
            assertThat(signer.get("signed")).as(stateId(signer)).isEqualTo(i <= 5);
            assertThat(number(signer.get("probability"))).as(stateId(signer)).isGreaterThan(i <= 4 ? 0.7 : 0)
                    .isLessThan(i >= 6 ? 0.1 : 1);
        }
        var lead = coalitions.name(0);
        assertThat(texts(signers(answer).getFirst())).contains(
                "signed 5 of the 5 earlier statements on this issue on the same side",
                "co-signed 5 of the 5 earlier statements of the lead (" + lead + ")",
                "voted with the lead 100 % of the time in UNGA roll calls of the 5 years before (median state: 0 %)");
        var otherSide = signers(answer).getLast();
        assertThat(texts(otherSide)).contains("signed 5 of the 5 earlier statements on this issue on the other side",
                "voted with the lead 0 % of the time in UNGA roll calls of the 5 years before (median state: 0 %)");
        assertThat(reasons(otherSide)).allSatisfy(r -> {
            if (r.get("feature").equals("other_side")) {
                assertThat(number(r.get("effect"))).isNegative();
            }
        });
        assertThat(texts(signers(answer).get(4))).as("S5 shares the lead's group and votes")
                .contains("same regional group as the lead (group0)", "signed 0 of the 5 earlier statements on this issue on the same side",
                        "voted with the lead 100 % of the time in UNGA roll calls of the 5 years before (median state: 0 %)");
        var weights = weights(answer);
        for (var signer : signers(answer)) {
            for (var reason : reasons(signer)) {
                assertThat(number(reason.get("effect")))
                        .isCloseTo(weights.get(reason.get("feature")) * number(reason.get("value")), within(1e-9));
            }
        }
    }

    @Test
    void aDraftOpposingAStatementCountsItsSignatoriesAgainst() {
        var draft = Map.<String, Object>of("issues", List.of(Map.of("issue", "issue:a1x", "stance", "Critical")),
                "lead", states.get(0), "signatories", List.of(states.get(1)),
                "counters", List.of("stmt:supportive-2019"), "asOf", "2020-01-01");
        var answer = draft(draft, 20);
        assertThat(answer.get("candidates")).isEqualTo(10);
        var order = signers(answer).stream().map(LikelySignersIT::stateId).toList();
        assertThat(order).doesNotContain(states.get(0), states.get(1));
        assertThat(order.subList(0, 3)).containsExactlyInAnyOrderElementsOf(states.subList(2, 5));
        assertThat(signers(answer)).allSatisfy(signer -> assertThat(signer.get("signed")).isNull());
        var against = signers(answer).getLast();
        assertThat(texts(against)).contains("signed the opposing statement “stmt:supportive-2019” (2019-03-02)");
        assertThat(texts(signers(answer).getFirst())).contains("co-signed 100 % of the known signatories' earlier statements",
                "signed 5 of the 5 earlier statements on this issue on the same side");
    }

    @Test
    void laterDataChangesNothing() {
        var statement = comparable(forStatement(TARGET, List.of(states.get(1))));
        var draft = Map.<String, Object>of("issues", List.of(Map.of("issue", "issue:a", "stance", "critical")),
                "lead", states.get(0), "asOf", TARGET_DAY.toString());
        var drafted = comparable(draft(draft, null));
        // From the target's day on, the sides swap: nothing of it may count.
        importer.importDocument(coalitions.with(List.of(
                coalitions.statement("stmt:critical-same-day", TARGET_DAY, "issue:a1", "critical", states.subList(6, 12), null),
                coalitions.statement("stmt:critical-2021", TARGET_DAY.plusYears(1), "issue:a1", "critical",
                        List.of(states.get(0), states.get(7), states.get(8)), null),
                coalitions.rollCall("rollcall:2021", TARGET_DAY.plusYears(1).plusMonths(6), List.of(states.get(0), states.get(9))))), "later");
        assertThat(comparable(forStatement(TARGET, List.of(states.get(1))))).isEqualTo(statement);
        assertThat(comparable(draft(draft, null))).isEqualTo(drafted);
        // The same draft a day later sees the same-day statement.
        var dayLater = new HashMap<>(draft);
        dayLater.put("asOf", TARGET_DAY.plusDays(1).toString());
        assertThat(comparable(draft(dayLater, null))).isNotEqualTo(drafted);
    }

    @Test
    void badArgumentsAreNamed() {
        assertError(Map.of("forStatement", TARGET, "draft", Map.of()), "BAD_USER_INPUT", "forStatement: give exactly one");
        assertError(Map.of(), "BAD_USER_INPUT", "draft: give exactly one");
        assertError(Map.of("forStatement", "stmt:atlantis"), "NOT_FOUND", "forStatement:");
        assertError(Map.of("draft", Map.of("issues", List.of(Map.of("issue", "issue:atlantis")))), "NOT_FOUND",
                "draft.issues:");
        assertError(Map.of("draft", Map.of("lead", "state:atlantis")), "NOT_FOUND", "draft.lead:");
        assertError(Map.of("forStatement", TARGET, "first", 501), "BAD_USER_INPUT", "first:");
        assertError(Map.of("draft", Map.of(), "known", List.of(states.get(1))), "BAD_USER_INPUT", "known:");
    }

    private void assertError(Map<String, Object> variables, String code, String messageStart) {
        var request = graphQl.documentName("likelySigners");
        for (var variable : variables.entrySet()) {
            request = request.variable(variable.getKey(), variable.getValue());
        }
        request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", code);
            assertThat(error.getMessage()).startsWith(messageStart);
        }));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> forStatement(String statement, List<String> known) {
        var request = graphQl.documentName("likelySigners").variable("forStatement", statement);
        if (known != null) {
            request = request.variable("known", known);
        }
        return request.execute().path("likelySigners").entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> draft(Map<String, Object> draft, Integer first) {
        var request = graphQl.documentName("likelySigners").variable("draft", draft);
        if (first != null) {
            request = request.variable("first", first);
        }
        return request.execute().path("likelySigners").entity(Map.class).get();
    }

    /** Per state its probability and reasons rounded to 1e-9, and the weights: what later data must not change. */
    private static Map<String, Object> comparable(Map<String, Object> answer) {
        var comparable = new TreeMap<String, Object>();
        for (var signer : signers(answer)) {
            var values = new ArrayList<Object>(List.of(Math.round(number(signer.get("probability")) * 1e9)));
            reasons(signer).forEach(r -> values.addAll(List.of(r.get("text"), Math.round(number(r.get("effect")) * 1e9))));
            comparable.put(stateId(signer), values);
        }
        weights(answer).forEach((feature, weight) -> comparable.put("weight " + feature, Math.round(weight * 1e9)));
        comparable.put("candidates", answer.get("candidates"));
        comparable.put("baseRate", Math.round(number(answer.get("baseRate")) * 1e9));
        return comparable;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> signers(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("signers");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reasons(Map<String, Object> signer) {
        return (List<Map<String, Object>>) signer.get("reasons");
    }

    private static List<String> texts(Map<String, Object> signer) {
        return reasons(signer).stream().map(r -> (String) r.get("text")).toList();
    }

    @SuppressWarnings("unchecked")
    private static String stateId(Map<String, Object> signer) {
        return (String) ((Map<String, Object>) signer.get("state")).get("id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> weights(Map<String, Object> answer) {
        var weights = new HashMap<String, Double>();
        ((List<Map<String, Object>>) answer.get("weights"))
                .forEach(w -> weights.put((String) w.get("feature"), number(w.get("weight"))));
        return weights;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
