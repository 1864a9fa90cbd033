package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphShape;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.ingest.ImportDocument.OrganisationRecord;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** A write that fails part-way leaves nothing behind: the whole document is one transaction. */
@IntegrationTest
@GraphData("demo-hrc47")
class ImportWriterIT {

    @Autowired
    Driver driver;

    @Autowired
    CypherQueries queries;

    @Test
    void aFailureInsideTheWriteRollsBackEverything() {
        var aliases = new ArrayList<String>();
        aliases.add("fine");
        aliases.add(null);
        // Bypasses validation on purpose: the first organisation is written, the second fails in Neo4j.
        var document = new ImportDocument(ImportDocument.FORMAT_V1, null, null, null, List.of(
                new OrganisationRecord("org:written-first", "Written first", List.of(), null, null, null, null, null),
                new OrganisationRecord("org:fails", "Fails", aliases, null, null, null, null, null)),
                null, null, null, null, null);
        var before = shape();

        assertThatThrownBy(() -> new ImportWriter(driver, queries).write(document, tx -> { })).isInstanceOf(RuntimeException.class);

        assertThat(shape()).isEqualTo(before);
    }

    private List<Long> shape() {
        return GraphShape.of(driver).asList();
    }
}
