package org.coalitiongraph.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.coalitiongraph.GeneratedSignatures;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.ingest.Datasets;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.ImportDocument.Signature;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.ingest.ImportProblem;
import org.coalitiongraph.ingest.InvalidImportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A backup restored into an empty database gives back the same graph: every node with all its
 * labels and properties, every relationship with its ends and properties. The graph is the demo
 * dataset, a generated signature graph and {@link NastyGraph}.
 */
@IntegrationTest
class BackupRoundTripIT {

    @Autowired
    Driver driver;

    @Autowired
    GraphExporter exporter;

    @Autowired
    GraphRestorer restorer;

    @Autowired
    GraphImporter importer;

    @Autowired
    Datasets datasets;

    /** The graph as {@link #loadTheDemoDatasetAGeneratedGraphAndNastyValues} left it, to reload only when a test changed it. */
    private static GraphDump loaded;

    @BeforeEach
    void loadTheDemoDatasetAGeneratedGraphAndNastyValues() {
        if (loaded != null && GraphDump.of(driver).equals(loaded)) {
            return;
        }
        emptyGraph();
        datasets.load("demo-hrc47");
        importer.importDocument(GeneratedSignatures.generate(17, 12, 12, 40), "generated");
        importer.importDocument(NastyGraph.document(), "nasty");
        loaded = GraphDump.of(driver);
    }

    @Test
    void aRestoredBackupIsTheGraphThatWasBackedUp() throws Exception {
        var before = GraphDump.of(driver);
        var backup = backup();

        emptyGraph();
        restorer.restore(new ByteArrayInputStream(backup), "backup.json");

        assertThat(GraphDump.of(driver)).isEqualTo(before);
        // The comparison covers what this test is about: every kind of node, every kind of link, the nasty values.
        assertThat(before.nodes()).extracting(node -> node.get("labels").toString()).containsAll(List.of(
                "[Dataset]", "[Source]", "[Actor, State]", "[Actor, Organisation]", "[Person]", "[Session]",
                "[Issue]", "[Grouping]", "[Statement]", "[AuditEntry]"));
        assertThat(before.relationships()).extracting(r -> r.get("type")).containsAll(GraphExporter.EXPORTED_TYPES);
        assertThat(before.toString()).contains(NastyGraph.INJECTION, NastyGraph.UNICODE, NastyGraph.QUOTES,
                "2024-02-29T23:59:59.123456789+05:30");
    }

    @Test
    void aRestoredGraphDoesNotLoadItsDatasetsAgain() throws Exception {
        var backup = backup();
        emptyGraph();
        restorer.restore(new ByteArrayInputStream(backup), "backup.json");

        assertThat(datasets.load("demo-hrc47")).isEqualTo(Datasets.Outcome.ALREADY_LOADED);
    }

    @Test
    void twoExportsOfTheSameGraphAreIdentical() {
        assertThat(backup()).isEqualTo(backup());
        assertThat(exporter.export()).isEqualTo(exporter.export());
    }

    @Test
    void theExportedRecordsAreInIdOrderWithTheirListsInIdOrder() {
        var statements = exporter.export().statements();

        assertThat(statements).extracting(StatementRecord::id).isSorted().hasSizeGreaterThan(40);
        assertThat(statements).allSatisfy(s -> assertThat(s.signatories()).extracting(Signature::actor).isSorted());
        var nasty = only(exporter.export(List.of("stmt:nasty-1")).statements());
        assertThat(nasty.addressedTo()).containsExactly("grouping:empty", "org:nasty", "person:public-nasty", "state:ZZB");
        assertThat(only(exporter.export(List.of("rollcall:nasty:1")).statements()).votes())
                .extracting(ImportDocument.Vote::actor).containsExactly("org:bare", "state:CAN", "state:ZZA", "state:ZZB");
        // The marker legend is the one exception: it keeps the order it was given in.
        assertThat(nasty.markers().keySet()).containsExactlyElementsOf(NastyGraph.MARKERS_IN_ORDER);
    }

    @Test
    void absentValuesComeBackAsNullAndEmptyOnesAsEmpty() {
        var document = exporter.export(List.of("state:ZZB", "state:ZZC", "stmt:nasty-1", "stmt:nasty-2", "person:unset"));

        var bare = document.states().getFirst();
        assertThat(bare.id()).isEqualTo("state:ZZB");
        assertThat(List.of(bare.formalName() == null, bare.iso3() == null, bare.unMember() == null, bare.from() == null))
                .containsOnly(true);
        assertThat(bare.aliases()).isEmpty();
        assertThat(document.states().get(1).formalName()).isEmpty();
        var full = document.statements().get(0);
        assertThat(full.notes()).isEmpty();
        assertThat(full.issues()).filteredOn(i -> i.issue().equals("issue:n-root")).singleElement()
                .satisfies(i -> assertThat(i.stance()).isNull());
        assertThat(full.issues()).filteredOn(i -> i.issue().equals("issue:n-mid")).singleElement()
                .satisfies(i -> assertThat(i.stance()).isEmpty());
        var empty = document.statements().get(1);
        assertThat(empty.id()).isEqualTo("stmt:nasty-2");
        assertThat(List.of(empty.symbol() == null, empty.text() == null, empty.notes() == null, empty.session() == null,
                empty.date() == null, empty.declaredSignatoryCount() == null)).containsOnly(true);
        assertThat(empty.markers()).isEmpty();
        assertThat(document.people().getFirst().isPublic()).isFalse();
    }

    @Test
    void exportingIdsGivesExactlyThoseRecordsAsAWholeExportHasThem() {
        var ids = Set.of("demo-hrc47", "src:nasty-2", "state:ZZA", "org:nasty", "person:hidden", "session:HRC99",
                "issue:n-leaf", "grouping:nasty", "stmt:nasty-1", "rollcall:nasty:1", "state:NOPE", "no-such-id");
        var all = exporter.export();

        var some = exporter.export(ids);

        assertThat(some.datasets()).isEqualTo(only(all.datasets(), ImportDocument.DatasetRecord::id, ids));
        assertThat(some.sources()).isEqualTo(only(all.sources(), ImportDocument.SourceRecord::id, ids));
        assertThat(some.states()).isEqualTo(only(all.states(), ImportDocument.StateRecord::id, ids));
        assertThat(some.organisations()).isEqualTo(only(all.organisations(), ImportDocument.OrganisationRecord::id, ids));
        assertThat(some.people()).isEqualTo(only(all.people(), ImportDocument.PersonRecord::id, ids));
        assertThat(some.sessions()).isEqualTo(only(all.sessions(), ImportDocument.SessionRecord::id, ids));
        assertThat(some.issues()).isEqualTo(only(all.issues(), ImportDocument.IssueRecord::id, ids));
        assertThat(some.groupings()).isEqualTo(only(all.groupings(), ImportDocument.GroupingRecord::id, ids));
        assertThat(some.statements()).isEqualTo(only(all.statements(), StatementRecord::id, ids));
        assertThat(RecordCounts.of(some).byList().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
        assertThat(exporter.export(List.of())).isEqualTo(exporter.export(List.of("no-such-id")));
        assertThat(RecordCounts.of(exporter.export(List.of())).byList().values()).containsOnly(0);
    }

    @Test
    void aRestoreIntoADatabaseWithDataIsRefusedAndWritesNothing() {
        var backup = backup();
        // Gone from the graph but in the backup: a restore that merged would bring it back.
        driver.executableQuery("MATCH (s:Statement {id: 'stmt:nasty-2'}) DETACH DELETE s").execute();
        var before = GraphDump.of(driver);

        assertThatThrownBy(() -> restorer.restore(new ByteArrayInputStream(backup), "backup.json"))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("not empty")
                .hasMessageContaining("Statement: ");
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    @Test
    void anyNodeButTheRecordsOfMigrationsMakesADatabaseNotEmpty() {
        var backup = backup();
        emptyGraph();
        driver.executableQuery("CREATE (:AuditEntry {at: datetime()})").execute();

        assertThatThrownBy(() -> restorer.restore(new ByteArrayInputStream(backup), "backup.json"))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("AuditEntry: 1");
        assertThat(driver.executableQuery("MATCH (n) WHERE NOT n:Migration RETURN count(n) AS n").execute()
                .records().getFirst().get("n").asLong()).isEqualTo(1);
    }

    @Test
    void anInvalidBackupWritesNothingAndNamesTheProblem() {
        var statements = exporter.export().statements();
        var statement = statements.indexOf(only(exporter.export(List.of("stmt:nasty-1")).statements()));
        var signature = statements.get(statement).signatories().stream().map(Signature::actor).toList().indexOf("state:CAN");
        var json = new String(backup(), StandardCharsets.UTF_8);
        var corrupted = json.replace("{\"actor\":\"state:CAN\",\"role\":\"DELIVERED\"}", "{\"actor\":\"state:XXX\",\"role\":\"DELIVERED\"}");
        assertThat(corrupted).isNotEqualTo(json);
        emptyGraph();

        assertThatThrownBy(() -> restore(corrupted))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::path)
                        .containsExactly("statements[" + statement + "].signatories[" + signature + "].actor"))
                .hasMessageContaining("state:XXX");
        assertThat(GraphDump.of(driver).nodes()).isEmpty();

        var unknownField = json.replace("\"id\":\"state:ZZB\"", "\"id\":\"state:ZZB\",\"colour\":\"red\"");
        assertThat(unknownField).isNotEqualTo(json);
        assertThatThrownBy(() -> restore(unknownField))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::path).singleElement().asString().endsWith(".colour"));
        assertThat(GraphDump.of(driver).nodes()).isEmpty();
    }

    @Test
    void whatTheFormatHasNoPlaceForIsNamedAndWhatIsLeftOutOnPurposeIsNot() {
        assertThat(exporter.notExported()).isEmpty();
        driver.executableQuery("""
                CREATE (:Note {id: 'note:1'})-[:ABOUT]->(:Note {id: 'note:2'}), (:Migration {version: -1})
                WITH 1 AS one MATCH (s:Statement {id: 'stmt:nasty-1'}), (o:Organisation {id: 'org:bare'})
                CREATE (s)-[:MENTIONS]->(o)
                """).execute();

        assertThat(exporter.notExported()).containsExactly("2 nodes labelled Note", "1 relationships of type ABOUT",
                "1 relationships of type MENTIONS");
    }

    @Test
    void aBackupIsJsonWithOneRecordALine() {
        var lines = new String(backup(), StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.getFirst()).isEqualTo("{");
        assertThat(lines.get(1)).isEqualTo("\"format\":\"coalition-graph/v1\",");
        assertThat(lines).contains("\"datasets\":[", "\"statements\":[", "}");
        assertThat(lines).filteredOn(line -> line.startsWith("{\"id\":\"stmt:") || line.startsWith("{\"id\":\"rollcall:"))
                .hasSize(exporter.export().statements().size());
    }

    private byte[] backup() {
        var out = new ByteArrayOutputStream();
        exporter.exportTo(out);
        return out.toByteArray();
    }

    private void restore(String json) throws Exception {
        restorer.restore(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "backup.json");
    }

    private void emptyGraph() {
        driver.executableQuery("MATCH (n) WHERE NOT n:Migration DETACH DELETE n").execute();
    }

    private static <T> T only(List<T> records) {
        assertThat(records).hasSize(1);
        return records.getFirst();
    }

    private static <T> List<T> only(List<T> records, Function<T, String> id, Set<String> ids) {
        var wanted = records.stream().filter(r -> ids.contains(id.apply(r))).toList();
        assertThat(wanted).isNotEmpty();
        return wanted;
    }
}
