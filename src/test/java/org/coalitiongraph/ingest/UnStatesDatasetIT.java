package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

/**
 * The reference data loaded first and the demo after it, as a first start does: the demo's records
 * of Canada and the African Group, which it writes again in full, leave the reference data whole.
 */
@IntegrationTest
@GraphData({"un-states", "demo-hrc47"})
class UnStatesDatasetIT {

    @Autowired
    Driver driver;

    @Autowired
    Datasets datasets;

    @LocalServerPort
    int port;

    @Test
    void canadaKeepsItsFullRecordAfterTheDemoIsLoaded() {
        var canada = GraphQlHttp.tester(port).document("""
                { state(id: "state:CAN") { name formalName iso3 iso2 regionalGroup unMember observer
                                            groupings { grouping { id } from } } }""")
                .execute().path("state").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();

        assertThat(canada).containsEntry("name", "Canada").containsEntry("formalName", "Canada")
                .containsEntry("iso3", "CAN").containsEntry("iso2", "CA").containsEntry("regionalGroup", "WEOG")
                .containsEntry("unMember", true).containsEntry("observer", false);
        assertThat(canada.get("groupings").toString())
                .contains("grouping:weog", "1945-11-09", "grouping:hrc47-canada-xinjiang", "2021-06-22");
    }

    @Test
    void theEuHasItsMembersWithTheirDates() {
        var members = GraphQlHttp.tester(port).document("""
                { grouping(id: "grouping:eu") { kind members { state { id } from to } } }""")
                .execute().path("grouping.members").entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).get();

        assertThat(members).hasSize(28).allSatisfy(m -> assertThat(m.get("from")).isNotNull());
        assertThat(members).filteredOn(m -> m.get("to") != null).singleElement().satisfies(m -> {
            assertThat(m.get("state")).isEqualTo(Map.of("id", "state:GBR"));
            assertThat(m).containsEntry("from", "1973-01-01").containsEntry("to", "2020-01-31");
        });
        assertThat(members).filteredOn(m -> m.get("state").equals(Map.of("id", "state:HRV"))).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("from", "2013-07-01"));
    }

    @Test
    void theAfricanGroupKeepsItsMembersAndNotesAfterTheDemo() {
        var group = GraphQlHttp.tester(port).document("""
                { grouping(id: "grouping:african-group") { name kind notes members { state { id } } } }""")
                .execute().path("grouping").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();

        assertThat(group).containsEntry("name", "African Group").containsEntry("kind", "REGIONAL_GROUP");
        assertThat((String) group.get("notes")).startsWith("UN regional group");
        assertThat((List<?>) group.get("members")).hasSize(54);
    }

    @Test
    void formerStatesAreNodesWithTheirDates() {
        var gdr = GraphQlHttp.tester(port).document("""
                { state(iso3: "DDR") { id name unMember to groupings { grouping { id } from to } } }""")
                .execute().path("state").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();

        assertThat(gdr).containsEntry("id", "state:DDR").containsEntry("name", "German Democratic Republic")
                .containsEntry("unMember", false).containsEntry("to", "1990-10-02");
        assertThat(gdr.get("groupings")).isEqualTo(List.of(
                Map.of("grouping", Map.of("id", "grouping:eeg"), "from", "1973-09-18", "to", "1990-10-02")));
    }

    /** A fresh database gets the same records whichever of the two datasets it loads first. */
    @Test
    void eitherOrderOfLoadingGivesTheSameRecords() {
        var referenceFirst = records();

        driver.executableQuery("MATCH (n) WHERE NOT n:Migration DETACH DELETE n").execute();
        assertThat(datasets.load("demo-hrc47")).isEqualTo(Datasets.Outcome.LOADED);
        assertThat(datasets.load("un-states")).isEqualTo(Datasets.Outcome.LOADED);

        assertThat(records()).isEqualTo(referenceFirst);
        assertThat(referenceFirst).hasSize(200 + 7 + 54 + 56 + 25 + 33 + 28 + 28 + 1);
        assertThat(referenceFirst.get("state:CAN")).containsEntry("formalName", "Canada").containsEntry("regionalGroup", "WEOG");
        assertThat(referenceFirst.get("grouping:african-group")).containsKey("notes");
    }

    /** Every state and grouping with all its fields, and every membership with its dates, by id. */
    private Map<String, Map<String, Object>> records() {
        var records = new TreeMap<String, Map<String, Object>>();
        driver.executableQuery("""
                MATCH (s:State) RETURN s.id AS id, properties(s) AS record
                UNION ALL
                MATCH (g:Grouping) RETURN g.id AS id, properties(g) AS record
                UNION ALL
                MATCH (s:State)-[r:MEMBER_OF]->(g:Grouping) RETURN s.id + ' in ' + g.id AS id, properties(r) AS record
                """).execute().records().forEach(r -> records.put(r.get("id").asString(), r.get("record").asMap()));
        return records;
    }
}
