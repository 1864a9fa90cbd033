package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

/**
 * The dataset xinjiang-2019-2020 is the 2019-2020 statements file as import-statements reads it:
 * importing the file over the dataset finds nothing to write.
 */
@IntegrationTest
@GraphData({"un-states", "demo-hrc47", "xinjiang-2019-2020"})
class XinjiangDatasetIT {

    @LocalServerPort
    int port;

    @Test
    void theFileImportedOverTheDatasetChangesNothing() {
        var report = GraphQlHttp.tester(port, TestCallers.EDITOR_KEY).documentName("importStatements")
                .variable("text", XinjiangFile.text()).variable("format", "JSON").variable("dryRun", true).execute()
                .path("importStatements").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();

        assertThat((List<?>) report.get("problems")).isEmpty();
        @SuppressWarnings("unchecked")
        var counts = (List<Map<String, Object>>) report.get("counts");
        assertThat(counts).extracting(c -> c.get("kind"))
                .contains("sources", "sessions", "issues", "statements", "signatures");
        assertThat(counts).allSatisfy(count -> {
            assertThat(count.get("created")).as("%s", count).isEqualTo(0);
            assertThat(count.get("changed")).as("%s", count).isEqualTo(0);
        });
        assertThat(counts).filteredOn(c -> c.get("kind").equals("statements")).singleElement()
                .satisfies(c -> assertThat(c.get("unchanged")).isEqualTo(9));
    }
}
