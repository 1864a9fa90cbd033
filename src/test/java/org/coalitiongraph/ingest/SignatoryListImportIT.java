package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Issue 5: signatory lists pasted as printed, resolved against the reference states and the demo's organisations. */
@IntegrationTest
@GraphData({"un-states", "demo-hrc47"})
class SignatoryListImportIT {

    private static final String NGO_STATEMENT = "stmt:hrc47-ngo-uyghurs-high-commissioner";
    private static final String SOURCE = "src:ishr-2021-hrc47-uyghurs";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Test
    void theSeedArticlesOrganisationListMatchesTheDemosTwentySixOrganisations() throws IOException {
        var text = new ClassPathResource("resolve/hrc47-organisations.txt").getContentAsString(StandardCharsets.UTF_8);
        var organisationsBefore = count("MATCH (o:Organisation) RETURN count(o)");

        var report = importList(NGO_STATEMENT, text, null, true);

        assertThat(report.get("problems")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isEmpty();
        var items = items(report);
        assertThat(items).hasSize(26).allSatisfy(item -> assertThat(item.get("status")).isEqualTo("MATCHED"));
        assertThat(items).filteredOn(item -> "*".equals(item.get("marker"))).hasSize(12);
        var signedInDemo = driver.executableQuery("MATCH (o:Organisation)-[:SIGNED]->(:Statement {id: $id}) RETURN collect(o.id) AS ids")
                .withParameters(Map.of("id", NGO_STATEMENT)).execute().records().getFirst().get("ids").asList(v -> v.asString());
        assertThat(items).extracting(item -> (String) item.get("actorId")).containsExactlyInAnyOrderElementsOf(signedInDemo);
        assertThat(items).filteredOn(item -> "*".equals(item.get("marker"))).extracting(item -> (String) item.get("actorId"))
                .containsExactlyInAnyOrderElementsOf(ecosocOrganisationsOfTheDemo());
        assertThat(report).containsEntry("applied", false).containsEntry("created", 0).containsEntry("alreadySigned", 26);

        // Into a statement without signatures: 26 added, none created, and again: nothing changes.
        createStatement("stmt:test-seed-list");
        var first = importList("stmt:test-seed-list", text, SOURCE, false);
        assertThat(first).containsEntry("applied", true).containsEntry("added", 26).containsEntry("created", 0);
        var again = importList("stmt:test-seed-list", text, SOURCE, false);
        assertThat(again).containsEntry("added", 0).containsEntry("alreadySigned", 26);
        assertThat(count("MATCH (:Organisation)-[s:SIGNED]->(:Statement {id: 'stmt:test-seed-list'}) RETURN count(s)")).isEqualTo(26);
        assertThat(count("MATCH (:Organisation)-[s:SIGNED {marker: '*'}]->(:Statement {id: 'stmt:test-seed-list'}) RETURN count(s)")).isEqualTo(12);
        assertThat(count("MATCH (:Organisation)-[s:SIGNED {sourceId: $source}]->(:Statement {id: 'stmt:test-seed-list'}) RETURN count(s)",
                Map.of("source", SOURCE))).isEqualTo(26);
        assertThat(count("MATCH (o:Organisation) RETURN count(o)")).isEqualTo(organisationsBefore);
    }

    @Test
    void aStateListAsTheUkPrintedIt() {
        createStatement("stmt:test-uk23");
        var text = "Albania, Australia, Austria, Belgium, Canada, Denmark, Estonia, Finland, France, Germany, Iceland, "
                + "Ireland, Japan, Latvia, Liechtenstein, Lithuania, Luxembourg, The Netherlands, New Zealand, Norway, "
                + "Sweden, United States of America and of course the United Kingdom";

        var report = importList("stmt:test-uk23", text, SOURCE, false);

        assertThat(report).containsEntry("kind", "STATE").containsEntry("added", 23).containsEntry("created", 0);
        assertThat(items(report)).extracting(item -> (String) item.get("actorId")).endsWith("state:USA", "state:GBR")
                .contains("state:NLD", "state:LIE");
    }

    @Test
    void anAmbiguousOrUnknownStateWritesNothingAndNamesItsLine() {
        createStatement("stmt:test-bad-list");

        var report = importList("stmt:test-bad-list", "Canada, Norway\nKorea\nAtlantis", SOURCE, false);

        assertThat(report).containsEntry("applied", false).containsEntry("added", 0);
        assertThat(report.get("problems")).asString().contains("line 2, 'Korea': AMBIGUOUS", "state:KOR", "state:PRK",
                "line 3, 'Atlantis': UNKNOWN");
        assertThat(count("MATCH ()-[s:SIGNED]->(:Statement {id: 'stmt:test-bad-list'}) RETURN count(s)")).isZero();
    }

    @Test
    void anUnknownOrganisationIsCreatedOnceAndTheReportSaysSo() {
        createStatement("stmt:test-new-ngo");
        var text = "Amnesty International, Society for Threatened Peoples (STP), Human Rights Watch";

        var dry = importList("stmt:test-new-ngo", text, SOURCE, true);
        assertThat(items(dry).get(1)).containsEntry("status", "NEW_ORGANISATION").containsEntry("actorId", "org:society-for-threatened-peoples");
        assertThat(count("MATCH (o:Organisation {id: 'org:society-for-threatened-peoples'}) RETURN count(o)")).isZero();

        importList("stmt:test-new-ngo", text, SOURCE, false);
        var again = importList("stmt:test-new-ngo", "Society for Threatened Peoples", SOURCE, false);

        assertThat(items(again).getFirst()).containsEntry("status", "MATCHED");
        assertThat(count("MATCH (o:Organisation {id: 'org:society-for-threatened-peoples', acronym: 'STP'}) RETURN count(o)")).isEqualTo(1);
    }

    @Test
    void readersCannotImport() {
        GraphQlHttp.tester(port, TestCallers.READER_KEY).documentName("importSignatoryList")
                .variable("statement", NGO_STATEMENT).variable("text", "Canada").execute()
                .errors().satisfy(errors -> assertThat(errors.getFirst().getExtensions()).containsEntry("code", "FORBIDDEN"));
    }

    private Map<String, Object> importList(String statement, String text, String source, boolean dryRun) {
        HttpGraphQlTester editor = GraphQlHttp.tester(port, TestCallers.EDITOR_KEY);
        var request = editor.documentName("importSignatoryList").variable("statement", statement).variable("text", text)
                .variable("dryRun", dryRun);
        if (source != null) {
            request = request.variable("source", source);
        }
        return request.execute().path("importSignatoryList").entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
        }).get();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("items");
    }

    private List<String> ecosocOrganisationsOfTheDemo() {
        return driver.executableQuery("MATCH (o:Organisation {ecosocStatus: true})-[:SIGNED]->(:Statement {id: $id}) RETURN collect(o.id) AS ids")
                .withParameters(Map.of("id", NGO_STATEMENT)).execute().records().getFirst().get("ids").asList(v -> v.asString());
    }

    private void createStatement(String id) {
        GraphQlHttp.tester(port, TestCallers.EDITOR_KEY).documentName("createStatement")
                .variable("input", Map.of("id", id, "title", "Test list", "kind", "JOINT_STATEMENT", "sources", List.of(SOURCE)))
                .execute().path("createStatement.id").entity(String.class).isEqualTo(id);
    }

    private long count(String cypher) {
        return count(cypher, Map.of());
    }

    private long count(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).execute().records().getFirst().get(0).asLong();
    }
}
