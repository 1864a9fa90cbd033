package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphShape;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;

/** The demo dataset says what the seed article says, no more. */
@IntegrationTest
@GraphData("demo-hrc47")
class DemoDatasetIT {

    @Autowired
    Driver driver;

    @Autowired
    Datasets datasets;

    @LocalServerPort
    int port;

    @Test
    void ecosocStatusOfAll26OrganisationsMatchesTheArticlesAsterisks() throws IOException {
        var printed = printedSupporters();
        assertThat(printed).hasSize(26);
        assertThat(printed.values().stream().filter(Boolean::booleanValue)).hasSize(12);

        var graphQl = GraphQlHttp.tester(port);
        var organisations = new ArrayList<Map<String, Object>>(graphQl.document(
                "{ coSigners(actor: \"org:ishr\", first: 50) { actor { ... on Organisation { id name acronym aliases ecosocStatus } } } }")
                .execute().path("coSigners[*].actor").entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).get());
        organisations.add(graphQl.documentName("actor-by-id").variable("id", "org:ishr").execute()
                .path("actor").entity(new ParameterizedTypeReference<Map<String, Object>>() {
                }).get());

        var matched = new HashMap<String, String>();
        printed.forEach((name, hasStatus) -> {
            var organisation = organisations.stream().filter(o -> printedAs(o).contains(name)).toList();
            assertThat(organisation).as("organisation printed as '%s'", name).hasSize(1);
            assertThat(organisation.getFirst().get("ecosocStatus")).as("ECOSOC status of '%s'", name).isEqualTo(hasStatus);
            matched.put(name, (String) organisation.getFirst().get("id"));
        });
        assertThat(matched.values()).doesNotHaveDuplicates().hasSize(26);
    }

    @Test
    void theCanadaLedGroupKeepsItsDeclaredSizeAndNoInventedMembers() {
        var record = driver.executableQuery("""
                MATCH (s:Statement {id: 'stmt:hrc47-canada-xinjiang'})-[:ON_BEHALF_OF]->(g:Grouping)
                MATCH (s)-[:DELIVERED_BY]->(d)
                RETURN g.declaredSize AS size, g.declaredSizeIsLowerBound AS lowerBound, g.kind AS kind,
                       s.declaredSignatoryCount AS declared, s.listComplete AS complete, d.id AS deliveredBy,
                       COLLECT { MATCH (m)-[:MEMBER_OF]->(g) RETURN m.id } AS members,
                       COLLECT { MATCH (a)-[:SIGNED]->(s) RETURN a.id } AS signers
                """).execute().records().getFirst();

        assertThat(record.get("size").asInt()).isEqualTo(40);
        assertThat(record.get("lowerBound").asBoolean()).isTrue();
        assertThat(record.get("kind").asString()).isEqualTo("AD_HOC");
        assertThat(record.get("declared").asInt()).isEqualTo(40);
        assertThat(record.get("complete").asBoolean()).isFalse();
        assertThat(record.get("deliveredBy").asString()).isEqualTo("state:CAN");
        assertThat(record.get("members").asList()).containsExactly("state:CAN");
        assertThat(record.get("signers").asList()).containsExactly("state:CAN");
    }

    @Test
    void everyStatementAndSignatureCitesTheArticle() {
        var record = driver.executableQuery("""
                MATCH (s:Statement)
                RETURN count(s) AS statements,
                       count { MATCH (s) WHERE NOT (s)-[:CITES]->(:Source) } AS uncited,
                       count { MATCH (:Actor)-[r:SIGNED]->(:Statement) WHERE r.sourceId IS NULL } AS unsourcedSignatures
                """).execute().records().getFirst();

        assertThat(record.get("statements").asInt()).isEqualTo(4);
        assertThat(record.get("uncited").asInt()).isZero();
        assertThat(record.get("unsourcedSignatures").asInt()).isZero();
    }

    @Test
    void theNgoStatementIsLedByIshrAndAddressedToTheHighCommissioner() {
        var record = driver.executableQuery("""
                MATCH (s:Statement {id: 'stmt:hrc47-ngo-uyghurs-high-commissioner'})
                RETURN COLLECT { MATCH (a)-[r:SIGNED {role: 'LEAD'}]->(s) RETURN a.id } AS leads,
                       COLLECT { MATCH (s)-[:ADDRESSED_TO]->(p:Person) RETURN p.name } AS addressees,
                       COLLECT { MATCH (s)-[:AT]->(x:Session) RETURN x.id } AS sessions,
                       COLLECT { MATCH (s)-[:CONCERNS]->(i:Issue) RETURN i.id } AS issues,
                       s.markerSymbols AS markers, s.markerMeanings AS meanings
                """).execute().records().getFirst();

        assertThat(record.get("leads").asList()).containsExactly("org:ishr");
        assertThat(record.get("addressees").asList()).containsExactly("Michelle Bachelet");
        assertThat(record.get("sessions").asList()).containsExactly("session:HRC47");
        assertThat(record.get("issues").asList()).containsExactlyInAnyOrder("issue:uyghurs", "issue:xinjiang");
        assertThat(record.get("markers").asList()).containsExactly("*");
        assertThat(record.get("meanings").asList()).containsExactly("ECOSOC consultative status");
    }

    @Test
    void aLoadedDatasetIsRecordedAndNeverLoadedTwice() throws IOException {
        var before = graphShape();
        int shipped = shippedVersion();
        var loadedAt = driver.executableQuery("MATCH (d:Dataset {id: 'demo-hrc47'}) RETURN d.loadedAt AS at")
                .execute().records().getFirst().get("at");

        assertThat(datasets.load("demo-hrc47")).isEqualTo(Datasets.Outcome.ALREADY_LOADED);

        assertThat(graphShape()).isEqualTo(before);
        assertThat(driver.executableQuery("MATCH (d:Dataset {id: 'demo-hrc47'}) RETURN d.loadedAt AS at, d.version AS v")
                .execute().records()).singleElement().satisfies(r -> {
                    assertThat(r.get("at")).isEqualTo(loadedAt);
                    assertThat(r.get("v").asInt()).isEqualTo(shipped);
                });
    }

    private static int shippedVersion() throws IOException {
        try (var in = Files.newInputStream(Path.of("datasets/demo-hrc47.json"))) {
            return ImportReader.read(in, "demo-hrc47.json").dataset().version();
        }
    }

    private List<Long> graphShape() {
        return GraphShape.of(driver).asList();
    }

    /** The article's list as printed: name → whether it carries the asterisk. */
    private static Map<String, Boolean> printedSupporters() throws IOException {
        var text = new ClassPathResource("org/coalitiongraph/ingest/hrc47-supporting-organisations.txt")
                .getContentAsString(StandardCharsets.UTF_8).strip();
        var supporters = new HashMap<String, Boolean>();
        // Entries are separated by ", " before a capital; "René Cassin, the Jewish voice ..." stays whole.
        Arrays.stream(text.replaceFirst("\\.$", "").split(",\\s+(?=\\p{Lu})")).map(String::strip).forEach(entry ->
                supporters.put(entry.replace("*", ""), entry.endsWith("*")));
        return supporters;
    }

    /** The ways an organisation may be printed: its name or an alias, alone or with its acronym or an alias in brackets. */
    @SuppressWarnings("unchecked")
    private static List<String> printedAs(Map<String, Object> organisation) {
        var name = (String) organisation.get("name");
        var acronym = (String) organisation.get("acronym");
        var aliases = (List<String>) organisation.get("aliases");
        var forms = new ArrayList<String>();
        forms.add(name);
        forms.addAll(aliases);
        if (acronym != null) {
            forms.add(name + " (" + acronym + ")");
            forms.add(acronym + " (" + name + ")");
        }
        aliases.forEach(alias -> forms.add(name + " (" + alias + ")"));
        return forms;
    }
}
