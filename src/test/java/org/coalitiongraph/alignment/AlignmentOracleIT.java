package org.coalitiongraph.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.coalitiongraph.GeneratedAlignments;
import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.RandomFilters;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.filter.AnalyticsFilters;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.ingest.ImportDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The alignment fields, answered from the in-memory projection, equal the plain Cypher answers of
 * {@code cypher/oracle/} on a generated graph with signatures, counter-statements and roll calls,
 * for random actors, filters and arguments.
 */
@IntegrationTest
@GraphData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlignmentOracleIT {

    private static final long SEED = 20_261_128L;
    private static final ParameterizedTypeReference<List<Map<String, Object>>> ROWS = new ParameterizedTypeReference<>() {
    };

    @Autowired
    GraphImporter importer;

    @Autowired
    Driver driver;

    @Autowired
    CypherQueries queries;

    @Autowired
    AnalyticsFilters filters;

    @LocalServerPort
    int port;

    ImportDocument generated;
    List<String> actors;
    HttpGraphQlTester graphQl;

    @BeforeAll
    void importGeneratedGraph() {
        generated = GeneratedAlignments.generate(SEED, 30, 40, 160, 150);
        importer.importDocument(generated, "generated graph, seed " + SEED);
        actors = new ArrayList<>();
        generated.states().forEach(s -> actors.add(s.id()));
        generated.organisations().forEach(o -> actors.add(o.id()));
        graphQl = GraphQlHttp.tester(port);
    }

    @Test
    void coVotersEqualThePlainAnswer() {
        var random = new Random(SEED);
        int nonEmpty = 0;
        for (int i = 0; i < 60; i++) {
            var actor = randomState(random);
            var filter = RandomFilters.random(random);
            int minShared = random.nextInt(4) == 0 ? 0 : random.nextInt(40);
            int first = 1 + random.nextInt(random.nextBoolean() ? 10 : 100);
            var actual = graphQl.documentName("coVoters")
                    .variable("actor", actor).variable("filter", RandomFilters.variables(filter))
                    .variable("minShared", minShared).variable("first", first)
                    .execute().path("coVoters").entity(ROWS).get().stream()
                    .map(row -> List.of(id(row.get("actor")), row.get("agreement"), row.get("sharedRollCalls"),
                            row.get("identical"), row.get("oneAbstained"), row.get("opposite")))
                    .toList();
            var expected = oracle("oracle/co-voters", coVoterParameters(actor, filter, minShared, first, true),
                    row -> List.<Object>of(row.get("actor").asString(), row.get("agreement").asDouble(),
                            row.get("shared").asInt(), row.get("identical").asInt(), row.get("oneAbstained").asInt(),
                            row.get("opposite").asInt()));
            assertThat(actual).as("coVoters(%s, %s, minShared %d, first %d)", actor, filter, minShared, first)
                    .isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as("cases with an answer to compare").isGreaterThan(30);
    }

    @Test
    void mostAndLeastAlignedByVotesEqualThePlainAnswer() {
        var random = new Random(SEED + 1);
        int nonEmpty = 0;
        for (int i = 0; i < 60; i++) {
            var actor = randomState(random);
            var filter = RandomFilters.random(random);
            boolean most = random.nextBoolean();
            Integer minShared = random.nextBoolean() ? null : random.nextInt(30);
            int first = 1 + random.nextInt(20);
            var actual = ranked(most, actor, filter, "VOTES", minShared, first);
            var expected = oracle("oracle/co-voters",
                    coVoterParameters(actor, filter, minShared == null ? 10 : minShared, first, most),
                    row -> List.<Object>of(row.get("actor").asString(), row.get("agreement").asDouble(),
                            row.get("shared").asInt()));
            assertThat(actual.stream().map(row -> List.of(id(row.get("actor")), row.get("score"), row.get("basis"))).toList())
                    .as("%s(%s, %s, VOTES, minShared %s, first %d)", most ? "mostAligned" : "leastAligned", actor,
                            filter, minShared, first)
                    .isEqualTo(expected);
            assertRowDetails(actor, filter, actual);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as("cases with an answer to compare").isGreaterThan(30);
    }

    @Test
    void mostAndLeastAlignedBySignaturesEqualThePlainAnswer() {
        var random = new Random(SEED + 2);
        int nonEmpty = 0;
        for (int i = 0; i < 60; i++) {
            var actor = actors.get(random.nextInt(actors.size()));
            var filter = RandomFilters.random(random);
            boolean most = random.nextBoolean();
            Integer minShared = random.nextBoolean() ? null : random.nextInt(60);
            int first = 1 + random.nextInt(20);
            var actual = ranked(most, actor, filter, "SIGNATURES", minShared, first);
            var parameters = new HashMap<String, Object>();
            parameters.put("actor", actor);
            parameters.put("statements", filters.scope(filter, "filter").statementIds());
            parameters.put("actorLabels", RandomFilters.actorLabels(filter));
            parameters.put("minShared", minShared == null ? 1 : minShared);
            parameters.put("highestFirst", most);
            parameters.put("first", first);
            var expected = oracle("oracle/most-aligned-by-signatures", parameters,
                    row -> List.<Object>of(row.get("actor").asString(), row.get("jaccard").asDouble(), row.get("union").asInt()));
            assertThat(actual.stream().map(row -> List.of(id(row.get("actor")), row.get("score"), row.get("basis"))).toList())
                    .as("%s(%s, %s, SIGNATURES, minShared %s, first %d)", most ? "mostAligned" : "leastAligned", actor,
                            filter, minShared, first)
                    .isEqualTo(expected);
            assertRowDetails(actor, filter, actual);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as("cases with an answer to compare").isGreaterThan(30);
    }

    @Test
    @SuppressWarnings("unchecked")
    void alignmentAndItsTimelineEqualThePlainAnswer() {
        var random = new Random(SEED + 3);
        int withVotes = 0, withSignatures = 0, withOpposition = 0;
        for (int i = 0; i < 50; i++) {
            var a = random.nextBoolean() ? randomState(random) : actors.get(random.nextInt(actors.size()));
            var b = actors.get(random.nextInt(actors.size()));
            var filter = RandomFilters.random(random);
            var per = random.nextBoolean() ? "YEAR" : "SESSION";
            var actual = graphQl.documentName("alignment")
                    .variable("a", a).variable("b", b).variable("filter", RandomFilters.variables(filter))
                    .variable("per", per)
                    .execute().path("alignment").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                    }).get();
            var statements = filters.scope(filter, "filter").statementIds();
            var expected = pair(a, b, statements);
            var description = "alignment(%s, %s, %s, per %s)".formatted(a, b, filter, per);
            assertThat(pairOf(actual)).as(description).isEqualTo(expected);

            var periodParameters = new HashMap<String, Object>();
            periodParameters.put("a", a);
            periodParameters.put("b", b);
            periodParameters.put("per", per);
            periodParameters.put("statements", statements);
            var periods = oracle("oracle/alignment-periods", periodParameters,
                    row -> Map.entry(row.get("period").asString(), row.get("statements").asList(Value::asString)));
            var timeline = (List<Map<String, Object>>) actual.get("timeline");
            assertThat(timeline.stream().map(p -> (String) p.get("period")).toList()).as(description + " periods")
                    .isEqualTo(periods.stream().map(Map.Entry::getKey).toList());
            for (int p = 0; p < periods.size(); p++) {
                assertThat(pairOf(timeline.get(p))).as(description + " in " + periods.get(p).getKey())
                        .isEqualTo(pair(a, b, periods.get(p).getValue()));
            }
            withVotes += ((Map<String, Object>) actual.get("votes")).get("sharedRollCalls").equals(0) ? 0 : 1;
            withSignatures += ((Map<String, Object>) actual.get("signatures")).get("together").equals(0) ? 0 : 1;
            withOpposition += ((Map<String, Object>) actual.get("signatures")).get("opposed").equals(0) ? 0 : 1;
        }
        assertThat(withVotes).as("pairs with shared roll calls").isGreaterThan(5);
        assertThat(withSignatures).as("pairs with statements together").isGreaterThan(5);
        assertThat(withOpposition).as("pairs on opposite sides").isGreaterThan(2);
    }

    @Test
    void coSignersEqualThePlainAnswer() {
        var random = new Random(SEED + 4);
        int nonEmpty = 0;
        for (int i = 0; i < 60; i++) {
            var actor = actors.get(random.nextInt(actors.size()));
            var filter = RandomFilters.random(random);
            int first = 1 + random.nextInt(random.nextBoolean() ? 10 : 100);
            var actual = graphQl.documentName("coSigners")
                    .variable("actor", actor).variable("filter", RandomFilters.variables(filter)).variable("first", first)
                    .execute().path("coSigners").entity(ROWS).get().stream()
                    .map(row -> List.of(id(row.get("actor")), row.get("count"), ids(row.get("statements"))))
                    .toList();
            var parameters = new HashMap<String, Object>();
            parameters.put("actor", actor);
            parameters.put("statements", filters.scope(filter, "filter").statementIds());
            parameters.put("actorLabels", RandomFilters.actorLabels(filter));
            parameters.put("first", first);
            var expected = oracle("oracle/co-signers", parameters, row -> List.<Object>of(row.get("actor").asString(),
                    row.get("count").asInt(), row.get("statements").asList(Value::asString)));
            assertThat(actual).as("coSigners(%s, %s, %d)", actor, filter, first).isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as("cases with an answer to compare").isGreaterThan(30);
    }

    /** Each ranked row's signature overlap and vote agreement equal the plain pair answer. */
    private void assertRowDetails(String actor, AnalyticsFilter filter, List<Map<String, Object>> rows) {
        var statements = filters.scope(filter, "filter").statementIds();
        for (var row : rows) {
            var other = id(row.get("actor"));
            assertThat(pairOf(row)).as("%s and %s within %s", actor, other, filter).isEqualTo(pair(actor, other, statements));
        }
    }

    private List<Map<String, Object>> ranked(boolean most, String actor, AnalyticsFilter filter, String by,
            Integer minShared, int first) {
        var field = most ? "mostAligned" : "leastAligned";
        return graphQl.documentName("aligned").operationName(field)
                .variable("actor", actor).variable("filter", RandomFilters.variables(filter)).variable("by", by)
                .variable("minShared", minShared).variable("first", first)
                .execute().path(field).entity(ROWS).get();
    }

    private Map<String, Object> coVoterParameters(String actor, AnalyticsFilter filter, int minShared, int first,
            boolean highestFirst) {
        var parameters = new HashMap<String, Object>();
        parameters.put("actor", actor);
        parameters.put("statements", filters.scope(filter, "filter").statementIds());
        parameters.put("actorLabels", RandomFilters.actorLabels(filter));
        parameters.put("minShared", Math.max(1, minShared));
        parameters.put("highestFirst", highestFirst);
        parameters.put("first", first);
        return parameters;
    }

    /** The plain answer for a pair, in the shape {@link #pairOf} reads from GraphQL. */
    private Map<String, Object> pair(String a, String b, List<String> statements) {
        var parameters = new HashMap<String, Object>();
        parameters.put("a", a);
        parameters.put("b", b);
        parameters.put("statements", statements);
        return oracle("oracle/alignment", parameters, row -> {
            int together = row.get("together").asInt(), onlyA = row.get("onlyA").asInt(), onlyB = row.get("onlyB").asInt();
            int shared = row.get("shared").asInt(), identical = row.get("identical").asInt();
            int oneAbstained = row.get("oneAbstained").asInt();
            var signatures = new HashMap<String, Object>();
            signatures.put("together", together);
            signatures.put("onlyA", onlyA);
            signatures.put("onlyB", onlyB);
            signatures.put("opposed", row.get("opposed").asInt());
            signatures.put("jaccard", together + onlyA + onlyB == 0 ? null : (double) together / (together + onlyA + onlyB));
            var votes = new HashMap<String, Object>();
            votes.put("sharedRollCalls", shared);
            votes.put("identical", identical);
            votes.put("oneAbstained", oneAbstained);
            votes.put("opposite", row.get("opposite").asInt());
            votes.put("agreement", shared == 0 ? null : (identical + 0.5 * oneAbstained) / shared);
            return Map.<String, Object>of("signatures", signatures, "votes", votes);
        }).getFirst();
    }

    private static Map<String, Object> pairOf(Map<String, Object> answer) {
        return Map.of("signatures", answer.get("signatures"), "votes", answer.get("votes"));
    }

    private <T> List<T> oracle(String query, Map<String, Object> parameters, java.util.function.Function<Record, T> row) {
        return driver.executableQuery(queries.get(query)).withParameters(parameters).execute().records().stream()
                .map(row).toList();
    }

    private String randomState(Random random) {
        return generated.states().get(random.nextInt(generated.states().size())).id();
    }

    @SuppressWarnings("unchecked")
    private static String id(Object actor) {
        return (String) ((Map<String, Object>) actor).get("id");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Object statements) {
        return ((List<Map<String, Object>>) statements).stream().map(s -> (String) s.get("id")).toList();
    }
}
