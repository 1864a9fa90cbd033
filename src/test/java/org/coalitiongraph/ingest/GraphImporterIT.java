package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphShape;
import org.coalitiongraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@GraphData("demo-hrc47")
class GraphImporterIT {

    private static final String VALID = """
            {
              "format": "coalition-graph/v1",
              "sources": [{"id": "src:test", "title": "A test source"}],
              "states": [{"id": "state:JPN", "name": "Japan", "iso3": "JPN"}],
              "statements": [
                {"id": "stmt:test-1", "title": "First", "kind": "LETTER", "date": "2022-01-05",
                 "sources": ["src:test"],
                 "signatories": [{"actor": "state:JPN", "role": "LEAD"}, {"actor": "state:CAN", "role": "SIGNATORY"}]},
                {"id": "stmt:test-2", "title": "Second", "kind": "LETTER", "counters": ["stmt:test-1"],
                 "signatories": [{"actor": "org:ishr", "role": "SIGNATORY"}]},
                {"id": "stmt:test-3", "title": "Third", "kind": "JOINT_STATEMENT", "session": "session:HRC47",
                 "signatories": [%s]}
              ]
            }
            """;

    @Autowired
    GraphImporter importer;

    @Autowired
    Driver driver;

    List<Long> before;

    @BeforeEach
    void rememberShape() {
        before = shape();
    }

    @Test
    void aDocumentWithOneBadRowWritesNothingAndNamesTheRow() {
        var json = VALID.formatted("{\"actor\": \"state:CAN\", \"role\": \"SIGNATORY\"}, {\"actor\": \"state:XXX\", \"role\": \"SIGNATORY\"}");

        assertThatThrownBy(() -> importJson(json))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::path).containsExactly("statements[2].signatories[1].actor"))
                .hasMessageContaining("state:XXX");
        assertThat(shape()).isEqualTo(before);
    }

    @Test
    void aMalformedFieldIsNamedWithItsPath() {
        var json = VALID.formatted("{\"actor\": \"state:CAN\", \"role\": \"SIGNATORY\", \"colour\": \"red\"}");

        assertThatThrownBy(() -> importJson(json))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::path).containsExactly("statements[2].signatories[0].colour"));
        assertThat(shape()).isEqualTo(before);
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithItsPath() {
        var json = VALID.formatted("{\"actor\": \"state:CAN\", \"role\": \"HOST\"}");

        assertThatThrownBy(() -> importJson(json))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::path).containsExactly("statements[2].signatories[0].role"));
        assertThat(shape()).isEqualTo(before);
    }

    @Test
    void importingTheSameContentTwiceChangesNothing() throws Exception {
        var json = VALID.formatted("{\"actor\": \"state:CAN\", \"role\": \"SIGNATORY\", \"marker\": null}");
        importJson(json);
        var once = shape();
        var signatures = signatures();

        importJson(json);

        assertThat(shape()).isEqualTo(once);
        assertThat(signatures()).isEqualTo(signatures);
        assertThat(once.getFirst()).isEqualTo(before.getFirst() + 5);
        driver.executableQuery("MATCH (n) WHERE n.id IN ['stmt:test-1', 'stmt:test-2', 'stmt:test-3', 'state:JPN', 'src:test'] DETACH DELETE n").execute();
    }

    @Test
    void onlyARestoreMayBringAnAuditLog() {
        var json = """
                {"format": "coalition-graph/v1", "auditLog": [{"id": "audit:forged", "at": "2020-01-01T00:00:00Z",
                  "who": "key:someone", "operation": "deleteStatement", "targets": ["stmt:hrc47-canada-xinjiang"]}]}
                """;

        assertThatThrownBy(() -> importJson(json))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::path).containsExactly("auditLog"));
        assertThat(driver.executableQuery("MATCH (a:AuditEntry {id: 'audit:forged'}) RETURN count(a) AS n").execute()
                .records().getFirst().get("n").asLong()).isZero();
    }

    private void importJson(String json) throws Exception {
        importer.importJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private List<Long> shape() {
        return GraphShape.of(driver).asList();
    }

    private List<String> signatures() {
        return driver.executableQuery("""
                MATCH (a:Actor)-[r:SIGNED]->(s:Statement) WHERE s.id STARTS WITH 'stmt:test'
                RETURN a.id + ' ' + r.role + ' ' + s.id AS signature ORDER BY signature
                """).execute().records().stream().map(r -> r.get("signature").asString()).toList();
    }
}
