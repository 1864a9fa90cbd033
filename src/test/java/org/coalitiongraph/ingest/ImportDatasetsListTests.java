package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

/** The optional {@code datasets} list, with which a backup keeps the datasets a graph has loaded. */
class ImportDatasetsListTests {

    private static final ImportValidator.GraphIds EMPTY_GRAPH = (label, ids) -> new HashSet<>(ids);

    @Test
    void datasetsAreReadWithTheTimeAsGiven() throws Exception {
        var document = read("""
                {"format": "coalition-graph/v1",
                 "datasets": [{"id": "demo-hrc47", "version": 1, "title": "Demo", "loadedAt": "2026-01-02T03:04:05.123456789+05:30"},
                              {"id": "unga", "version": 2}]}
                """);

        assertThat(ImportValidator.validate(document, EMPTY_GRAPH)).isEmpty();
        assertThat(document.datasets()).containsExactly(
                new ImportDocument.DatasetRecord("demo-hrc47", 1, "Demo", null,
                        OffsetDateTime.parse("2026-01-02T03:04:05.123456789+05:30")),
                new ImportDocument.DatasetRecord("unga", 2, null, null, null));
        assertThat(read("{\"format\": \"coalition-graph/v1\"}").datasets()).isEmpty();
    }

    @Test
    void eachDatasetNeedsAnIdAndAVersionAndAppearsOnce() throws Exception {
        var problems = ImportValidator.validate(read("""
                {"format": "coalition-graph/v1", "dataset": {"id": "demo", "version": 1},
                 "datasets": [{"id": "Demo!", "version": 1}, {"id": "unga", "version": 0}, {"id": "unga", "version": 3},
                              {"id": "demo", "version": 1}, null]}
                """), EMPTY_GRAPH);

        assertThat(problems).extracting(ImportProblem::path).containsExactlyInAnyOrder(
                "datasets[0].id", "datasets[1].version", "datasets[2].id", "datasets[3].id", "datasets[4]");
        assertThat(problems).filteredOn(p -> p.path().equals("datasets[3].id")).singleElement().asString()
                .contains("already given at dataset");
    }

    @Test
    void aDatasetIsReadStrictly() {
        assertThatThrownBy(() -> read("""
                {"format": "coalition-graph/v1", "datasets": [{"id": "demo", "version": 1, "colour": "red"}]}
                """)).isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                .extracting(ImportProblem::path).containsExactly("datasets[0].colour"));
        assertThatThrownBy(() -> read("""
                {"format": "coalition-graph/v1", "datasets": [{"id": "demo", "version": 1, "loadedAt": "yesterday"}]}
                """)).isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.problems())
                .extracting(ImportProblem::path).containsExactly("datasets[0].loadedAt"));
    }

    private static ImportDocument read(String json) throws Exception {
        return ImportReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
