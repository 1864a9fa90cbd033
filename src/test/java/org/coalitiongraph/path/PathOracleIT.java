package org.coalitiongraph.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.coalitiongraph.GeneratedAlignments;
import org.coalitiongraph.GeneratedSignatures;
import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.RandomFilters;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.filter.AnalyticsFilters;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.statement.SignatureRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

/**
 * {@code path} through GraphQL against the plain Cypher answer ({@code cypher/oracle/path-*.cypher})
 * on random pairs of actors and random filters of a generated graph: the same length, the chain the
 * tie rule picks, and steps listing exactly the statements both signed.
 */
@IntegrationTest
@GraphData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathOracleIT {

    private static final long SEED = 20_240_607L;

    @Autowired
    GraphImporter importer;

    @Autowired
    AnalyticsFilters filters;

    @Autowired
    Driver driver;

    @Autowired
    CypherQueries queries;

    @LocalServerPort
    int port;

    ImportDocument generated;
    List<String> actors = new ArrayList<>();
    List<String> chainActors = new ArrayList<>();

    /**
     * The generated graph and a long chain of states hanging off it: C0 signs with S0 and S1, C(i) with
     * C(i+1), and at even i also C(i) with D(i) and D(i) with C(i+2), so that equally short chains
     * compete; names of random case, statements of random dates, sessions and kinds, so that filters cut the chain.
     */
    static ImportDocument withChains(ImportDocument base, Random random) {
        int length = 9;
        var states = new ArrayList<>(base.states());
        var statements = new ArrayList<>(base.statements());
        for (int i = 0; i < length; i++) {
            states.add(chainState("state:C" + i, "Chain " + (char) ('a' + random.nextInt(26)) + i, "YC" + (char) ('A' + i), random));
            if (i % 2 == 0) {
                states.add(chainState("state:D" + i, "Detour " + (char) ('a' + random.nextInt(26)) + i, "YD" + (char) ('A' + i), random));
            }
        }
        var links = new ArrayList<List<String>>();
        links.add(List.of("state:C0", "state:S0", "state:S1"));
        for (int i = 0; i + 1 < length; i++) {
            links.add(List.of("state:C" + i, "state:C" + (i + 1)));
            if (i % 2 == 0 && i + 2 < length) {
                links.add(List.of("state:C" + i, "state:D" + i));
                links.add(List.of("state:D" + i, "state:C" + (i + 2)));
            }
        }
        for (int k = 0; k < links.size(); k++) {
            var signatures = links.get(k).stream()
                    .map(actor -> new ImportDocument.Signature(actor, SignatureRole.SIGNATORY, null, null)).toList();
            var date = random.nextInt(8) == 0 ? null : LocalDate.of(2019, 1, 1).plusDays(random.nextInt(4 * 365));
            var session = random.nextInt(5) == 0 ? null
                    : GeneratedSignatures.SESSIONS.get(random.nextInt(GeneratedSignatures.SESSIONS.size()));
            var issues = random.nextBoolean() ? List.<ImportDocument.IssueStance>of()
                    : List.of(new ImportDocument.IssueStance(
                            GeneratedSignatures.ISSUES.get(random.nextInt(GeneratedSignatures.ISSUES.size())), "critical"));
            // Some links twice, on different statements: a step lists both.
            for (int copy = 0; copy < (random.nextInt(4) == 0 ? 2 : 1); copy++) {
                statements.add(new ImportDocument.StatementRecord("stmt:chain" + k + "-" + copy, "Chain link " + k, date,
                        GeneratedSignatures.KINDS.get(random.nextInt(GeneratedSignatures.KINDS.size())), session, null,
                        null, null, true, null, null, null, null, issues, null, null, null, null, null, signatures, null));
            }
        }
        return new ImportDocument(base.format(), base.dataset(), base.datasets(), base.sources(), states,
                base.organisations(), base.people(), base.sessions(), base.issues(), base.groupings(), statements);
    }

    private static ImportDocument.StateRecord chainState(String id, String name, String iso3, Random random) {
        return new ImportDocument.StateRecord(id, random.nextBoolean() ? name : name.toUpperCase(), List.of(), iso3,
                null, null, "group0", true, false, null, null, null);
    }

    @BeforeAll
    void importGeneratedGraph() {
        // Sparse signing, so that chains of several hops and pairs without any chain both occur.
        generated = withChains(GeneratedAlignments.generate(SEED, 30, 60, 70, 5), new Random(SEED));
        importer.importDocument(generated, "generated graph, seed " + SEED);
        generated.states().forEach(s -> actors.add(s.id()));
        generated.organisations().forEach(o -> actors.add(o.id()));
        generated.states().stream().filter(s -> s.id().startsWith("state:C") || s.id().startsWith("state:D"))
                .forEach(s -> chainActors.add(s.id()));
    }

    @Test
    void equalsThePlainCypherAnswerOnRandomPairsAndFilters() {
        var random = new Random(SEED);
        var oracle = new PathOracle(driver, queries);
        var hopCounts = new ArrayList<Integer>();
        for (int i = 0; i < 70; i++) {
            var from = pick(random);
            var to = random.nextInt(15) == 0 ? from : pick(random);
            var filter = RandomFilters.random(random);
            var answer = path(from, to, filter);
            var statements = filters.scope(filter, "filter").statementIds();
            hopCounts.add(oracle.check(answer, from, to, statements, RandomFilters.actorLabels(filter),
                    "path(%s, %s, %s)".formatted(from, to, filter)));
        }
        // The cases must cover what can go wrong: no chain, one hop, several hops.
        assertThat(hopCounts).as("hops of the cases").contains((Integer) null, 1)
                .filteredOn(hops -> hops != null && hops >= 3).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void anActorToItselfIsZeroHopsAndUnknownIdsNameTheArgument() {
        var actor = actors.getFirst();
        var self = path(actor, actor, AnalyticsFilter.NONE);
        assertThat(self).containsEntry("found", true).containsEntry("hops", 0).containsEntry("steps", List.of());
        assertThat(self.get("actors")).isEqualTo(List.of(Map.of("id", actor)));

        for (var argument : List.of("from", "to")) {
            GraphQlHttp.tester(port).documentName("path")
                    .variable("from", argument.equals("from") ? "state:nobody" : actor)
                    .variable("to", argument.equals("to") ? "state:nobody" : actor)
                    .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
                        assertThat(error.getMessage()).startsWith(argument + ":");
                    }));
        }
        GraphQlHttp.tester(port).documentName("path").variable("from", actor).variable("to", actor)
                .variable("filter", Map.of("issues", List.of("issue:nothing"))).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                    assertThat(error.getMessage()).startsWith("filter.issues:");
                }));
    }

    /** A chain state half of the time: chains of several hops and ties. */
    private String pick(Random random) {
        var among = random.nextBoolean() ? chainActors : actors;
        return among.get(random.nextInt(among.size()));
    }

    private Map<String, Object> path(String from, String to, AnalyticsFilter filter) {
        return GraphQlHttp.tester(port).documentName("path")
                .variable("from", from)
                .variable("to", to)
                .variable("filter", RandomFilters.variables(filter))
                .execute()
                .path("path").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
    }
}
