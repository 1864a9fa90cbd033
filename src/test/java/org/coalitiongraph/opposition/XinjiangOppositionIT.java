package org.coalitiongraph.opposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.RandomFilters;
import org.coalitiongraph.TestCallers;
import org.coalitiongraph.actor.ActorKind;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.filter.AnalyticsFilters;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.ingest.XinjiangFile;
import org.coalitiongraph.path.PathOracle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6 on the real data: the 2019–2020 Xinjiang statements file imported as it is, the sides of
 * its statements against what the file says (names resolved by the import), the plain Cypher
 * answers on random statements and pairs, and the full sides summary written to
 * {@code target/xinjiang-sides.txt}.
 */
@IntegrationTest
@GraphData("un-states")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XinjiangOppositionIT {

    private static final String CRITICAL_LETTER = "stmt:hrc41-letter-critical-2019";
    private static final String SUPPORTIVE_LETTER = "stmt:hrc41-letter-supportive-2019";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    CypherQueries queries;

    @Autowired
    AnalyticsFilters filters;

    /** What the file says of each statement, by statement id. */
    record FileStatement(String id, LocalDate date, String issue, String stance, String counters, Set<String> signers) {
    }

    final Map<String, FileStatement> file = new LinkedHashMap<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    void importTheFile() {
        var text = XinjiangFile.text();
        var report = GraphQlHttp.tester(port, TestCallers.EDITOR_KEY).documentName("importStatements")
                .variable("text", text).variable("format", "JSON").variable("dryRun", false).execute()
                .path("importStatements").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
        assertThat(report).containsEntry("applied", true);
        // Each name as printed, to the state the import resolved it to.
        var resolved = new HashMap<String, String>();
        for (var name : (List<Map<String, Object>>) report.get("names")) {
            var previous = resolved.put((String) name.get("input"), (String) name.get("actorId"));
            assertThat(previous).as("one state per name").isIn(null, name.get("actorId"));
        }
        List<Map<String, Object>> records = JsonMapper.builder().build().readValue(text, List.class);
        for (var record : records) {
            var names = new LinkedHashSet<String>((List<String>) record.get("signatories_as_written"));
            var bySource = (Map<String, List<String>>) record.get("signatories_by_source");
            if (bySource != null) {
                bySource.values().forEach(names::addAll);
            }
            if (record.get("lead_state") != null) {
                names.add((String) record.get("lead_state"));
            }
            var signers = new TreeSet<String>();
            names.forEach(name -> signers.add(resolved.get(name)));
            assertThat(signers).as("every name resolved").doesNotContainNull();
            var id = "stmt:" + ((String) record.get("id")).replace('_', '-');
            var issue = "issue:" + ((String) record.get("issue")).toLowerCase(Locale.ROOT).replace(' ', '-');
            var respondsTo = (String) record.get("responds_to");
            file.put(id, new FileStatement(id, LocalDate.parse((String) record.get("date")), issue,
                    (String) record.get("stance"), respondsTo == null ? null : "stmt:" + respondsTo.replace('_', '-'), signers));
        }
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void theJuly2019LettersAndTheirSidesAreTheFilesSignatories() {
        var critical = file.get(CRITICAL_LETTER);
        var supportive = file.get(SUPPORTIVE_LETTER);
        assertThat(critical.signers()).hasSize(22);
        assertThat(supportive.signers()).hasSize(50);
        var hrc41 = Map.<String, Object>of("sessions", List.of("session:HRC41"));
        for (var asked : List.of(CRITICAL_LETTER, SUPPORTIVE_LETTER)) {
            var answer = opposition(asked, hrc41);
            assertThat(ids(answer.get("counters"))).isEqualTo(asked.equals(CRITICAL_LETTER) ? List.of() : List.of(CRITICAL_LETTER));
            assertThat(ids(answer.get("counteredBy"))).isEqualTo(asked.equals(CRITICAL_LETTER) ? List.of(SUPPORTIVE_LETTER) : List.of());
            var issues = (List<Map<String, Object>>) answer.get("issues");
            assertThat(issues).hasSize(1);
            var xinjiang = issues.getFirst();
            assertThat(((Map<String, Object>) xinjiang.get("issue")).get("id")).isEqualTo("issue:xinjiang");
            assertThat(xinjiang).containsEntry("stance", file.get(asked).stance()).containsEntry("statementCount", 2)
                    .containsEntry("withoutStance", 0);
            var sides = (List<Map<String, Object>>) xinjiang.get("sides");
            assertThat(sides).extracting(side -> side.get("stance")).containsExactly("critical", "supportive");
            for (var side : sides) {
                var letter = side.get("stance").equals("critical") ? critical : supportive;
                assertThat(side).containsEntry("statementCount", 1).containsEntry("actorCount", letter.signers().size());
                assertThat(ids(side.get("statements"))).containsExactly(letter.id());
                var actors = (List<Map<String, Object>>) side.get("actors");
                assertThat(actors).extracting(a -> ((Map<String, Object>) a.get("actor")).get("id"))
                        .containsExactlyInAnyOrderElementsOf(letter.signers());
                assertThat(actors).allSatisfy(a -> assertThat(a.get("count")).isEqualTo(1));
            }
            assertThat(xinjiang.get("sideChangers")).as("no state signed both letters").isEqualTo(List.of());
        }
        // Only states on the critical side: none of them on the other.
        assertThat(opposition(CRITICAL_LETTER, Map.of("sessions", List.of("session:HRC41"), "actorKinds", List.of("ORGANISATION"))))
                .extracting(a -> ((List<Map<String, Object>>) a.get("issues")).getFirst().get("sides"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .allSatisfy(side -> assertThat((Map<String, Object>) side).containsEntry("actorCount", 0).containsEntry("statementCount", 1));
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void everyStatementsSidesAndSideChangersAreTheFiles() {
        for (var statement : file.values()) {
            var answer = opposition(statement.id(), Map.of());
            var issues = (List<Map<String, Object>>) answer.get("issues");
            assertThat(issues).hasSize(1);
            var entry = issues.getFirst();
            assertThat(((Map<String, Object>) entry.get("issue")).get("id")).isEqualTo(statement.issue());
            var onIssue = file.values().stream().filter(s -> s.issue().equals(statement.issue())).toList();
            var expectedSides = new TreeMap<String, List<String>>();
            var expectedActors = new TreeMap<String, Map<String, Integer>>();
            for (var s : onIssue) {
                expectedSides.computeIfAbsent(s.stance(), x -> new ArrayList<>()).add(s.id());
                s.signers().forEach(a -> expectedActors.computeIfAbsent(s.stance(), x -> new TreeMap<>()).merge(a, 1, Integer::sum));
            }
            var sides = (List<Map<String, Object>>) entry.get("sides");
            assertThat(sides).extracting(side -> (String) side.get("stance")).containsExactlyElementsOf(expectedSides.keySet());
            for (var side : sides) {
                var stance = (String) side.get("stance");
                assertThat(ids(side.get("statements"))).as(stance).containsExactlyInAnyOrderElementsOf(expectedSides.get(stance));
                var actors = new TreeMap<String, Integer>();
                ((List<Map<String, Object>>) side.get("actors")).forEach(a ->
                        actors.put((String) ((Map<String, Object>) a.get("actor")).get("id"), (Integer) a.get("count")));
                assertThat(actors).as("%s side of %s", stance, statement.id())
                        .isEqualTo(expectedActors.getOrDefault(stance, Map.of()));
            }
            assertThat(changers(entry)).as("side changers on %s", statement.issue()).isEqualTo(expectedChanges(onIssue));
        }
    }

    @Test
    @Order(3)
    void equalsThePlainCypherAnswerOnRandomStatementsFiltersAndPairs() {
        var random = new Random(2019);
        var oracle = new OppositionOracle(driver, queries);
        var paths = new PathOracle(driver, queries);
        var statements = new ArrayList<>(file.keySet());
        var signers = file.values().stream().flatMap(s -> s.signers().stream()).distinct().sorted().toList();
        var hops = new ArrayList<Integer>();
        for (int i = 0; i < 30; i++) {
            var filter = realFilter(random);
            var statementIds = filters.scope(filter, "filter").statementIds();
            var statement = statements.get(random.nextInt(statements.size()));
            assertThat(OppositionOracle.actual(opposition(statement, RandomFilters.variables(filter))))
                    .as("opposition(%s, %s)", statement, filter)
                    .isEqualTo(oracle.expected(statement, statementIds, RandomFilters.actorLabels(filter)));
            var from = signers.get(random.nextInt(signers.size()));
            var to = signers.get(random.nextInt(signers.size()));
            var path = GraphQlHttp.tester(port).documentName("path").variable("from", from).variable("to", to)
                    .variable("filter", RandomFilters.variables(filter)).execute()
                    .path("path").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                    }).get();
            hops.add(paths.check(path, from, to, statementIds, RandomFilters.actorLabels(filter),
                    "path(%s, %s, %s)".formatted(from, to, filter)));
        }
        assertThat(hops).contains((Integer) null).anySatisfy(h -> assertThat(h).isNotNull().isPositive());
    }

    /** A signature added to the other side shows as two changes, in date order, and goes with the signature. */
    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void aSignatureOnTheOtherSideIsAChangeOfSide() {
        var supportive2019 = file.get("stmt:unga3-2019-supportive-belarus54");
        var state = file.get(CRITICAL_LETTER).signers().stream()
                .filter(a -> file.get("stmt:unga3-2019-critical-uk23").signers().contains(a)).findFirst().orElseThrow();
        var editor = GraphQlHttp.tester(port, TestCallers.EDITOR_KEY);
        editor.documentName("addSignature").variable("statement", supportive2019.id())
                .variable("signature", Map.of("actor", state)).execute().path("addSignature.id").hasValue();
        try {
            var withIt = new ArrayList<FileStatement>();
            for (var s : file.values()) {
                if (!s.issue().equals("issue:xinjiang")) {
                    continue;
                }
                var signers = new TreeSet<>(s.signers());
                if (s == supportive2019) {
                    signers.add(state);
                }
                withIt.add(new FileStatement(s.id(), s.date(), s.issue(), s.stance(), s.counters(), signers));
            }
            var expected = expectedChanges(withIt);
            assertThat(expected).containsOnlyKeys(state);
            var entry = ((List<Map<String, Object>>) opposition(CRITICAL_LETTER, Map.of()).get("issues")).getFirst();
            assertThat(changers(entry)).isEqualTo(expected);
            // The same day (29 October 2019): the UK's statement first (by id), then the one that counters it.
            assertThat(expected.get(state)).contains(
                    "critical stmt:unga3-2019-critical-uk23 2019-10-29 > supportive stmt:unga3-2019-supportive-belarus54 2019-10-29 countering");
        } finally {
            editor.documentName("removeSignature").variable("statement", supportive2019.id()).variable("actor", state)
                    .execute().path("removeSignature.id").hasValue();
        }
        var entry = ((List<Map<String, Object>>) opposition(CRITICAL_LETTER, Map.of()).get("issues")).getFirst();
        assertThat(entry.get("sideChangers")).isEqualTo(List.of());
    }

    /** Written for the report: every statement, its stance, counters, signatories and the side changers. */
    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void writesTheSidesSummary() throws Exception {
        var out = new StringBuilder("Sides of the 2019–2020 Xinjiang statements (opposition, no filter)\n\n");
        var ordered = file.values().stream()
                .sorted(java.util.Comparator.comparing(FileStatement::date).thenComparing(FileStatement::id)).toList();
        var changersByIssue = new TreeMap<String, List<String>>();
        for (var statement : ordered) {
            var answer = GraphQlHttp.tester(port).documentName("oppositionSummary").variable("statement", statement.id())
                    .execute().path("opposition").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                    }).get();
            var s = (Map<String, Object>) answer.get("statement");
            var entry = ((List<Map<String, Object>>) answer.get("issues")).getFirst();
            var recorded = (Integer) ((Map<String, Object>) s.get("signatories")).get("totalCount");
            out.append("%s  %s  %s: %s%n    %s%n    signatories recorded %d, declared %s (list %s)%n    counters %s; countered by %s%n"
                    .formatted(s.get("date"), s.get("id"), ((Map<String, Object>) entry.get("issue")).get("id"),
                            entry.get("stance"), s.get("title"), recorded, s.get("declaredSignatoryCount"),
                            Boolean.TRUE.equals(s.get("listComplete")) ? "complete" : "partial",
                            ids(answer.get("counters")), ids(answer.get("counteredBy"))));
            assertThat(recorded).isEqualTo(statement.signers().size());
            var issue = (String) ((Map<String, Object>) entry.get("issue")).get("id");
            if (!changersByIssue.containsKey(issue)) {
                var lines = new ArrayList<String>();
                for (var side : (List<Map<String, Object>>) entry.get("sides")) {
                    lines.add("side %s: %d statements, %d states".formatted(side.get("stance"), side.get("statementCount"),
                            side.get("actorCount")));
                }
                for (var changer : (List<Map<String, Object>>) entry.get("sideChangers")) {
                    lines.add("changed side: " + ((Map<String, Object>) changer.get("actor")).get("id") + " "
                            + changers(entry).get(((Map<String, Object>) changer.get("actor")).get("id")));
                }
                if (((List<?>) entry.get("sideChangers")).isEmpty()) {
                    lines.add("changed side: none (no state signed statements on two sides)");
                }
                changersByIssue.put(issue, lines);
            }
        }
        out.append("\nPer issue\n");
        changersByIssue.forEach((issue, lines) -> {
            out.append(issue).append('\n');
            lines.forEach(line -> out.append("    ").append(line).append('\n'));
        });
        System.out.println(out);
        Files.writeString(Path.of("target", "xinjiang-sides.txt"), out, StandardCharsets.UTF_8);
        assertThat(changersByIssue).containsKeys("issue:xinjiang", "issue:hong-kong");
    }

    /** Side changes computed from the file: each state's statements on the issue by date, then id. */
    private static Map<String, List<String>> expectedChanges(Collection<FileStatement> onIssue) {
        var byState = new TreeMap<String, List<FileStatement>>();
        onIssue.forEach(s -> s.signers().forEach(a -> byState.computeIfAbsent(a, x -> new ArrayList<>()).add(s)));
        var changes = new TreeMap<String, List<String>>();
        byState.forEach((state, signed) -> {
            signed.sort(java.util.Comparator.comparing(FileStatement::date).thenComparing(FileStatement::id));
            for (int i = 1; i < signed.size(); i++) {
                var before = signed.get(i - 1);
                var after = signed.get(i);
                if (!before.stance().equals(after.stance())) {
                    boolean countering = after.id().equals(before.counters()) || before.id().equals(after.counters());
                    changes.computeIfAbsent(state, x -> new ArrayList<>()).add("%s %s %s > %s %s %s%s".formatted(
                            before.stance(), before.id(), before.date(), after.stance(), after.id(), after.date(),
                            countering ? " countering" : ""));
                }
            }
        });
        return changes;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> changers(Map<String, Object> entry) {
        var changers = new TreeMap<String, List<String>>();
        for (var changer : (List<Map<String, Object>>) entry.get("sideChangers")) {
            changers.put((String) ((Map<String, Object>) changer.get("actor")).get("id"),
                    ((List<Map<String, Object>>) changer.get("changes")).stream()
                            .map(c -> "%s %s %s > %s %s %s%s".formatted(c.get("from"), OppositionOracle.id(c.get("fromStatement")),
                                    c.get("fromDate"), c.get("to"), OppositionOracle.id(c.get("toStatement")), c.get("toDate"),
                                    Boolean.TRUE.equals(c.get("countering")) ? " countering" : ""))
                            .toList());
        }
        return changers;
    }

    private static AnalyticsFilter realFilter(Random random) {
        if (random.nextInt(4) == 0) {
            return AnalyticsFilter.NONE;
        }
        return new AnalyticsFilter(
                random.nextInt(3) == 0 ? List.of(List.of("issue:xinjiang", "issue:hong-kong", "issue:china").get(random.nextInt(3))) : null,
                random.nextInt(3) == 0 ? List.of(List.of("session:HRC41", "session:HRC44", "session:UNGA74", "session:UNGA75").get(random.nextInt(4))) : null,
                random.nextInt(4) == 0 ? List.of(random.nextBoolean() ? "HRC" : "UNGA") : null,
                null,
                random.nextInt(3) == 0 ? LocalDate.of(2019, 9, 1) : null,
                random.nextInt(4) == 0 ? LocalDate.of(2020, 9, 1) : null,
                random.nextInt(5) == 0 ? List.of(ActorKind.STATE) : null);
    }

    private Map<String, Object> opposition(String statement, Map<String, Object> filter) {
        return GraphQlHttp.tester(port).documentName("opposition").variable("statement", statement).variable("filter", filter)
                .execute().path("opposition").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Object nodes) {
        return ((List<Map<String, Object>>) nodes).stream().map(n -> (String) n.get("id")).toList();
    }
}
