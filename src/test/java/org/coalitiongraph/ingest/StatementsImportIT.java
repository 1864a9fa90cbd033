package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.coalitiongraph.cli.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

/**
 * Issue 5, import: the 2019–2020 Xinjiang statements file, the long CSV and the import format with
 * names, through {@code importStatements} over HTTP (and the CLI), against the reference states and
 * the demo data.
 */
@IntegrationTest
@GraphData({"un-states", "demo-hrc47"})
class StatementsImportIT {

    private static final List<String> XINJIANG_STATEMENTS = List.of("stmt:hrc41-letter-critical-2019",
            "stmt:hrc41-letter-supportive-2019", "stmt:unga3-2019-critical-uk23", "stmt:unga3-2019-supportive-belarus54",
            "stmt:unga3-2020-critical-germany39", "stmt:unga3-2020-supportive-cuba45-xinjiang",
            "stmt:unga3-2020-supportive-pakistan55-hongkong", "stmt:hrc44-2020-critical-uk27",
            "stmt:hrc44-2020-supportive-belarus46");

    private static final String HEADER = "statement_id,statement_title,kind,date,session,issue,stance,declared_count,"
            + "list_complete,counters,source_id,source_url,source_title,signatory,signatory_kind,role,marker,marker_meaning,vote\n";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    CurrentRecords current;

    @Autowired
    Commands commands;

    @Test
    void theXinjiangFileImportsWithEveryNameResolvedToTheRightState() {
        var text = XinjiangFile.text();
        var graphBefore = graphSize();

        var dry = importStatements(text, "JSON", true);

        assertThat(dry.get("problems")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
        assertThat(dry).containsEntry("dryRun", true).containsEntry("applied", false);
        var names = list(dry, "names");
        assertThat(names).hasSize(243).allSatisfy(name -> assertThat(name.get("status")).as(name.toString()).isEqualTo("MATCHED"));
        var expected = Map.ofEntries(Map.entry("CAR", "state:CAF"), Map.entry("DRC", "state:COD"),
                Map.entry("Democratic Republic of Congo", "state:COD"),
                Map.entry("the Democratic Republic of the Congo", "state:COD"), Map.entry("the Congo", "state:COG"),
                Map.entry("Congo", "state:COG"), Map.entry("Guinea Bissau", "state:GNB"), Map.entry("Guinea-Bissau", "state:GNB"),
                Map.entry("Guinea", "state:GIN"), Map.entry("Equatorial Guinea", "state:GNQ"),
                Map.entry("the United Kingdom", "state:GBR"), Map.entry("United Kingdom", "state:GBR"),
                Map.entry("the United States", "state:USA"), Map.entry("United States of America", "state:USA"),
                Map.entry("Niger", "state:NER"), Map.entry("Nigeria", "state:NGA"), Map.entry("Dominica", "state:DMA"),
                Map.entry("Sudan", "state:SDN"), Map.entry("the Sudan", "state:SDN"), Map.entry("South Sudan", "state:SSD"),
                Map.entry("North Korea", "state:PRK"), Map.entry("the Democratic People's Republic of Korea", "state:PRK"),
                Map.entry("Laos", "state:LAO"), Map.entry("the Lao People's Democratic Republic", "state:LAO"),
                Map.entry("UAE", "state:ARE"), Map.entry("Palestine", "state:PSE"), Map.entry("the State of Palestine", "state:PSE"),
                Map.entry("The Netherlands", "state:NLD"), Map.entry("the Plurinational State of Bolivia", "state:BOL"),
                Map.entry("Russia", "state:RUS"), Map.entry("the Russian Federation", "state:RUS"),
                Map.entry("Tanzania", "state:TZA"), Map.entry("Iran", "state:IRN"), Map.entry("the Marshall Islands", "state:MHL"),
                Map.entry("North Macedonia", "state:MKD"), Map.entry("Bosnia and Herzegovina", "state:BIH"),
                Map.entry("Central African Republic", "state:CAF"), Map.entry("the Bolivarian Republic of Venezuela", "state:VEN"));
        var seen = new java.util.HashSet<String>();
        for (var name : names) {
            var wanted = expected.get((String) name.get("input"));
            if (wanted != null) {
                assertThat(name.get("actorId")).as((String) name.get("input")).isEqualTo(wanted);
                seen.add((String) name.get("input"));
            }
            assertThat(name.get("actor")).as(name.toString()).isNotNull();
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(count(dry, "statements", "created")).isEqualTo(9);
        assertThat(graphSize()).isEqualTo(graphBefore);
        assertThat(count("MATCH (s:Statement) WHERE s.id IN $ids RETURN count(s)", Map.of("ids", XINJIANG_STATEMENTS))).isZero();

        var real = importStatements(text, "JSON", false);

        assertThat(real).containsEntry("applied", true);
        assertThat(list(real, "problems")).isEmpty();
        assertThat(count(real, "statements", "created")).isEqualTo(9);
        assertThat(count("MATCH (s:Statement) WHERE s.id IN $ids RETURN count(s)", Map.of("ids", XINJIANG_STATEMENTS))).isEqualTo(9);
        assertThat(pairs("MATCH (s:Statement)-[:COUNTERS]->(c:Statement) WHERE s.id IN $ids RETURN s.id + ' > ' + c.id AS pair"))
                .containsExactlyInAnyOrder(
                        "stmt:hrc41-letter-supportive-2019 > stmt:hrc41-letter-critical-2019",
                        "stmt:unga3-2019-supportive-belarus54 > stmt:unga3-2019-critical-uk23",
                        "stmt:unga3-2020-supportive-cuba45-xinjiang > stmt:unga3-2020-critical-germany39",
                        "stmt:unga3-2020-supportive-pakistan55-hongkong > stmt:unga3-2020-critical-germany39",
                        "stmt:hrc44-2020-supportive-belarus46 > stmt:hrc44-2020-critical-uk27");
        assertThat(pairs("MATCH (s:Statement)-[r:CONCERNS]->(i:Issue) WHERE s.id IN $ids RETURN s.id + ' ' + i.id + ' ' + r.stance AS pair"))
                .hasSize(9).contains("stmt:hrc41-letter-critical-2019 issue:xinjiang critical",
                        "stmt:unga3-2020-supportive-pakistan55-hongkong issue:hong-kong supportive");
        assertThat(pairs("MATCH (:Issue {id: 'issue:hong-kong'})-[:BROADER]->(b:Issue) RETURN b.id AS pair")).containsExactly("issue:china");
        assertThat(pairs("MATCH (s:Statement) WHERE s.id IN $ids RETURN s.id + ' ' + s.declaredSignatoryCount + ' ' + s.listComplete AS pair"))
                .contains("stmt:hrc41-letter-supportive-2019 50 true", "stmt:unga3-2019-supportive-belarus54 54 false",
                        "stmt:hrc44-2020-critical-uk27 27 false");
        assertThat(pairs("MATCH (s:Statement)-[:AT]->(x:Session) WHERE s.id IN $ids RETURN DISTINCT x.id + ' ' + x.body + ' ' + x.number AS pair"))
                .containsExactlyInAnyOrder("session:HRC41 HRC 41", "session:HRC44 HRC 44", "session:UNGA74 UNGA 74",
                        "session:UNGA75 UNGA 75");
        assertThat(count("MATCH (a)-[r:SIGNED]->(s:Statement) WHERE s.id IN $ids RETURN count(r)", Map.of("ids", XINJIANG_STATEMENTS)))
                .isEqualTo(22 + 50 + 23 + 33 + 39 + 45 + 21 + 1 + 2);
        assertThat(count("MATCH (a)-[r:SIGNED]->(s:Statement) WHERE s.id IN $ids AND (r.sourceId IS NULL OR NOT EXISTS { MATCH (:Source {id: r.sourceId}) }) RETURN count(r)",
                Map.of("ids", XINJIANG_STATEMENTS))).isZero();
        assertThat(count("MATCH (s:Statement) WHERE s.id IN $ids AND NOT (s)-[:CITES]->(:Source) RETURN count(s)",
                Map.of("ids", XINJIANG_STATEMENTS))).isZero();
        assertThat(pairs("MATCH (a)-[:SIGNED {role: 'LEAD'}]->(s:Statement) WHERE s.id IN $ids RETURN s.id + ' ' + a.id AS pair"))
                .containsExactlyInAnyOrder("stmt:unga3-2019-critical-uk23 state:GBR", "stmt:unga3-2019-supportive-belarus54 state:BLR",
                        "stmt:unga3-2020-critical-germany39 state:DEU", "stmt:unga3-2020-supportive-cuba45-xinjiang state:CUB",
                        "stmt:unga3-2020-supportive-pakistan55-hongkong state:PAK", "stmt:hrc44-2020-critical-uk27 state:GBR",
                        "stmt:hrc44-2020-supportive-belarus46 state:BLR");
        // The same through the API.
        GraphQlHttp.tester(port).document("""
                { statement(id: "stmt:hrc41-letter-supportive-2019") { kind declaredSignatoryCount listComplete
                    issues { issue { id } stance } counters { id } session { id } sources { id } signatories(first: 1) { totalCount } } }
                """).execute().path("statement").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).satisfies(statement -> assertThat(statement.toString()).contains("kind=LETTER", "declaredSignatoryCount=50",
                        "listComplete=true", "stance=supportive", "id=stmt:hrc41-letter-critical-2019", "id=session:HRC41",
                        "totalCount=50"));

        var graphAfter = graphSize();
        var audit = count("MATCH (e:AuditEntry) RETURN count(e)");

        var again = importStatements(text, "JSON", false);

        assertThat(again).containsEntry("applied", false);
        assertThat(list(again, "problems")).isEmpty();
        assertThat(list(again, "counts")).allSatisfy(c -> assertThat(List.of(c.get("created"), c.get("changed"))).containsOnly(0));
        assertThat(count(again, "statements", "unchanged")).isEqualTo(9);
        assertThat(count(again, "signatures", "unchanged")).isEqualTo(236);
        assertThat(graphSize()).isEqualTo(graphAfter);
        assertThat(count("MATCH (e:AuditEntry) RETURN count(e)")).isEqualTo(audit);
    }

    @Test
    void aCsvWithOneBadRowWritesNothingAndNamesTheLine() {
        var good = "stmt:test-bad-rows,Bad rows,JOINT_STATEMENT,2021-06-22,session:HRC47,issue:xinjiang,critical,,,,"
                + "src:ishr-2021-hrc47-uyghurs,,,Canada,STATE,LEAD,,,\n"
                + "stmt:test-bad-rows,,,,,,,,,,,,,Norway,STATE,,,,\n";
        var before = graphSize();

        assertThat(problems(HEADER + good + "stmt:test-bad-rows,,,,,,,,,,,,,Atlantis,STATE,,,,\n"))
                .containsExactly("line 4, column signatory: 'Atlantis' is UNKNOWN: no state fits");
        assertThat(problems(HEADER + good + "stmt:test-bad-rows,,,,,,,,,,,,,Korea,,,,,\n")).singleElement().asString()
                .startsWith("line 4, column signatory: 'Korea' is AMBIGUOUS: state:").contains("state:KOR", "state:PRK");
        assertThat(problems(HEADER + good + "stmt:test-bad-rows,,,2021-06-31,,,,,,,,,,Sweden,,,,,\n"))
                .containsExactly("line 4, column date: '2021-06-31' differs from line 2's '2021-06-22': the rows of one"
                        + " statement must agree (or leave it blank)");
        assertThat(problems(HEADER + "rollcall:test-bad,Bad vote,ROLL_CALL,2021-06-31,,,,,,,src:ishr-2021-hrc47-uyghurs,,,Canada,,,,,yes\n"
                + "rollcall:test-bad,,,,,,,,,,,,,Norway,,,,,perhaps\n"))
                .containsExactly("line 2, column date: '2021-06-31' is not a date: write it as YYYY-MM-DD",
                        "line 3, column vote: must be yes, no or abstain, was 'perhaps'");
        assertThat(problems(HEADER + good + "stmt:test-bad-rows,,,,,,,,,,,,,Sweden,,,,,\nstmt:test-other,Other,LETTER,,,,,,,,,,,Sweden,,,,,\n"))
                .containsExactly("line 5, column source_id: is required: every imported statement cites its source",
                        "line 5, column source_id: is required: the signature cites no source, and neither does its statement");
        assertThat(problems(HEADER + good + "stmt:test-bad-rows,,,,,,,,,,src:nowhere,,,Sweden,,,,,\n"))
                .containsExactly("line 4, column source_id: names no source in this document or the graph: 'src:nowhere'");

        assertThat(graphSize()).isEqualTo(before);
        // The good rows alone are sound.
        var sound = importStatements(HEADER + good, "CSV", false);
        assertThat(list(sound, "problems")).isEmpty();
        assertThat(sound).containsEntry("applied", true);
    }

    @Test
    void csvAndJsonOfTheSameContentGiveTheSameGraph() {
        var csv = HEADER
                + "stmt:test-same,Same content,JOINT_STATEMENT,2021-06-30,session:HRC47,issue:xinjiang,critical,3+,no,"
                + "stmt:hrc47-canada-xinjiang,src:test-same,https://example.org/same,Same source,Canada,,LEAD,,,\n"
                + "stmt:test-same,,,,,,,,,,src:test-same,,,the Kingdom of Norway,,,,,\n"
                + "stmt:test-same,,,,,,,,,,src:test-same,,,Amnesty International,ORGANISATION,SUPPORTER,*,ECOSOC status,\n"
                + "stmt:test-same,,,,,,,,,,src:test-same,,,Society for Threatened Peoples (STP),ORGANISATION,SUPPORTER,,,\n"
                + "rollcall:test-same,Same vote,ROLL_CALL,2021-07-01,session:UNGA76,,,,,,src:test-same,,,Canada,,,,,yes\n"
                + "rollcall:test-same,,,,,,,,,,,,,DPRK,,,,,no\n"
                + "rollcall:test-same,,,,,,,,,,,,,state:NOR,,,,,abstain\n";
        var json = """
                {"statements": [
                  {"votes": [{"vote": "abstain", "actor": "state:NOR"}, {"name": "Canada", "vote": "yes"},
                             {"kind": "STATE", "name": "North Korea", "vote": "no"}],
                   "sources": ["src:test-same"], "session": "session:UNGA76", "date": "2021-07-01", "kind": "ROLL_CALL",
                   "title": "Same vote", "id": "rollcall:test-same"},
                  {"signatories": [
                     {"name": "Society for Threatened Peoples", "kind": "ORGANISATION", "role": "SUPPORTER"},
                     {"role": "LEAD", "name": "Canada"}, {"actor": "state:NOR", "role": "SIGNATORY"},
                     {"name": "Amnesty International", "role": "SUPPORTER", "marker": "*", "source": "src:test-same"}],
                   "markers": {"*": "ECOSOC status"}, "counters": ["stmt:hrc47-canada-xinjiang"],
                   "listComplete": false, "declaredCountIsLowerBound": true, "declaredSignatoryCount": 3,
                   "issues": [{"stance": "critical", "issue": "issue:xinjiang"}], "session": "session:HRC47",
                   "sources": ["src:test-same"], "date": "2021-06-30", "kind": "JOINT_STATEMENT", "title": "Same content",
                   "id": "stmt:test-same"}],
                 "sources": [{"url": "https://example.org/same", "title": "Same source", "id": "src:test-same"}],
                 "format": "coalition-graph/v1"}
                """;

        var fromCsv = importStatements(csv, "CSV", false);

        assertThat(list(fromCsv, "problems")).isEmpty();
        assertThat(fromCsv).containsEntry("applied", true).containsEntry("shape", "CSV");
        assertThat(list(fromCsv, "newOrganisations")).singleElement().satisfies(o -> assertThat(o)
                .containsEntry("id", "org:society-for-threatened-peoples").containsEntry("name", "Society for Threatened Peoples")
                .containsEntry("acronym", "STP"));
        assertThat(count(fromCsv, "sessions", "created")).isEqualTo(1);
        assertThat(count(fromCsv, "votes", "created")).isEqualTo(3);
        assertThat(pairs("MATCH (a:Actor)-[v:VOTED]->(:Statement {id: 'rollcall:test-same'}) RETURN a.id + ' ' + v.vote AS pair"))
                .containsExactlyInAnyOrder("state:CAN yes", "state:PRK no", "state:NOR abstain");
        var ids = List.of("stmt:test-same", "rollcall:test-same", "src:test-same", "org:society-for-threatened-peoples",
                "session:UNGA76");
        var afterCsv = records(ids);
        var graphAfterCsv = graphSize();

        var fromJson = importStatements(json, "JSON", false);

        assertThat(list(fromJson, "problems")).isEmpty();
        assertThat(fromJson).containsEntry("applied", false);
        assertThat(list(fromJson, "counts")).allSatisfy(c -> assertThat(List.of(c.get("created"), c.get("changed"))).containsOnly(0));
        assertThat(list(fromJson, "newOrganisations")).isEmpty();
        assertThat(records(ids)).isEqualTo(afterCsv);
        assertThat(graphSize()).isEqualTo(graphAfterCsv);

        // Merged, not replaced: a field given changes, a field left out stays, a new signatory is added.
        var more = importStatements("""
                {"format": "coalition-graph/v1", "statements": [{"id": "stmt:test-same", "title": "Same content",
                  "kind": "JOINT_STATEMENT", "sources": ["src:test-same"], "listComplete": true,
                  "signatories": [{"name": "Sweden", "role": "SIGNATORY"}, {"actor": "state:NOR", "role": "DELIVERED"}]}]}
                """, "JSON", false);
        assertThat(more).containsEntry("applied", true);
        assertThat(count(more, "statements", "changed")).isEqualTo(1);
        assertThat(count(more, "signatures", "created")).isEqualTo(1);
        assertThat(count(more, "signatures", "changed")).isEqualTo(1);
        assertThat(count(more, "signatures", "unchanged")).isEqualTo(3);
        var statement = records(List.of("stmt:test-same")).statements().getFirst();
        assertThat(statement.listComplete()).isTrue();
        assertThat(statement.date()).isEqualTo(java.time.LocalDate.of(2021, 6, 30));
        assertThat(statement.signatories()).hasSize(5);
        assertThat(statement.counters()).containsExactly("stmt:hrc47-canada-xinjiang");
    }

    @Test
    void theCommandLineImportsAFileAndDryRunsIt(@TempDir Path folder) throws Exception {
        var file = folder.resolve("statements.csv");
        Files.writeString(file, HEADER + "stmt:test-cli,From the command line,LETTER,2021-06-22,,,,,,,"
                + "src:ishr-2021-hrc47-uyghurs,,,Canada,,,,,\n");

        var dry = run("import-statements", file.toString(), "--dry-run");

        assertThat(dry.code()).isEqualTo(Commands.OK);
        assertThat(dry.out()).startsWith("Dry run of " + file + " (CSV): nothing written (dry run)")
                .contains("statements: 1 created, 0 already there, 0 changed", "line 2, column signatory\tCanada\tMATCHED\tstate:CAN");
        assertThat(count("MATCH (s:Statement {id: 'stmt:test-cli'}) RETURN count(s)")).isZero();

        var real = run("import-statements", file.toString());
        assertThat(real.out()).startsWith("Import of " + file + " (CSV): written");
        assertThat(count("MATCH (:State {id: 'state:CAN'})-[:SIGNED]->(s:Statement {id: 'stmt:test-cli'}) RETURN count(s)")).isEqualTo(1);
        assertThat(run("import-statements", file.toString()).out()).contains("nothing to write, the graph has it all");

        // A statement the graph has is given by its id and what is new: the title and kind stay as they are.
        Files.writeString(file, HEADER + "stmt:test-cli,,,,,,,,,,src:ishr-2021-hrc47-uyghurs,,,Norway,,,,,\n"
                + "stmt:test-cli,,,,,,,,,,src:ishr-2021-hrc47-uyghurs,,,Atlantis,STATE,,,,\n");
        var bad = run("import-statements", file.toString());
        assertThat(bad.code()).isEqualTo(Commands.FAILED);
        assertThat(bad.out()).contains("nothing written, 1 problem(s)", "line 3, column signatory: 'Atlantis' is UNKNOWN");
        Files.writeString(file, HEADER + "stmt:test-cli,,,,,,,,,,src:ishr-2021-hrc47-uyghurs,,,Norway,,,,,\n");
        assertThat(run("import-statements", file.toString()).out()).contains("statements: 0 created, 0 already there, 1 changed",
                "signatures: 1 created, 1 already there, 0 changed");
        assertThat(count("MATCH (a)-[:SIGNED]->(s:Statement {id: 'stmt:test-cli', title: 'From the command line'}) RETURN count(a)")).isEqualTo(2);
    }

    @Test
    void readersCannotImport() {
        GraphQlHttp.tester(port, TestCallers.READER_KEY).documentName("importStatements").variable("text", "[]").execute()
                .errors().satisfy(errors -> assertThat(errors.getFirst().getExtensions()).containsEntry("code", "FORBIDDEN"));
        GraphQlHttp.tester(port).documentName("importStatements").variable("text", "[]").execute()
                .errors().satisfy(errors -> assertThat(errors.getFirst().getExtensions()).containsEntry("code", "UNAUTHENTICATED"));
    }

    private record Run(int code, String out) {
    }

    private Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = commands.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    private Map<String, Object> importStatements(String text, String format, boolean dryRun) {
        return GraphQlHttp.tester(port, TestCallers.EDITOR_KEY).documentName("importStatements").variable("text", text)
                .variable("format", format).variable("dryRun", dryRun).execute().path("importStatements")
                .entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
    }

    private List<String> problems(String csv) {
        var report = importStatements(csv, "CSV", false);
        assertThat(report).containsEntry("applied", false);
        return list(report, "problems").stream().map(p -> p.get("at") + ": " + p.get("message")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> report, String field) {
        return (List<Map<String, Object>>) report.get(field);
    }

    private static int count(Map<String, Object> report, String kind, String what) {
        return list(report, "counts").stream().filter(c -> kind.equals(c.get("kind"))).findFirst()
                .map(c -> (Integer) c.get(what)).orElseThrow();
    }

    private ImportDocument records(List<String> ids) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> current.export(tx, ids));
        }
    }

    /** Nodes and relationships in the graph, by label and type. */
    private List<String> graphSize() {
        return pairs("""
                CALL () { MATCH (n) UNWIND labels(n) AS label RETURN label AS kind, count(*) AS n
                          UNION ALL MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS n }
                RETURN kind + ' ' + n AS pair ORDER BY pair
                """);
    }

    private List<String> pairs(String cypher) {
        return driver.executableQuery(cypher).withParameters(Map.of("ids", XINJIANG_STATEMENTS)).execute().records()
                .stream().map(r -> r.get("pair").asString()).toList();
    }

    private long count(String cypher) {
        return count(cypher, Map.of());
    }

    private long count(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).execute().records().getFirst().get(0).asLong();
    }
}
