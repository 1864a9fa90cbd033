package org.coalitiongraph.rollcall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.GraphShape;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.audit.AuditLog;
import org.coalitiongraph.audit.Write;
import org.coalitiongraph.embedded.EmbeddedNeo4j;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.ingest.InvalidImportException;
import org.coalitiongraph.security.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The UNGA votes as the acceptance reads them: the shipped files imported once into the test database
 * (exactly 870,109 VOTED edges, each node with the rows of the voters mapped to it, R/67/19 at 138 yes,
 * 9 no, 41 abstain through GraphQL), again without any change, and a changed roll call rewritten whole.
 * Before that, on a small file set: a bad row writes nothing, and both writers (the embedded
 * database's API, Cypher over Bolt for servers) write the same graph.
 */
@IntegrationTest
@GraphData
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnVotesImportIT {

    private static final Path SHIPPED = Path.of("datasets", "unvotes");

    @Autowired
    UnVotesImporter importer;

    @Autowired
    Driver driver;

    @Autowired
    CypherQueries queries;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ObjectProvider<EmbeddedNeo4j> embedded;

    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    @Test
    @Order(1)
    void aFileSetWithOneBadRowWritesNothingAndNamesTheRow() throws IOException {
        var before = GraphShape.of(driver);
        var entries = auditEntries();
        var votes = UnVotesFixture.VOTES.replace("5182,France,FR,yes", "5182,France,FR,maybe");

        assertThatThrownBy(() -> importer.importDirectory(UnVotesFixture.write(folder, votes), UnVotesImporter.Progress.NONE))
                .isInstanceOf(InvalidImportException.class)
                .hasMessage("Nothing imported from " + folder + ", 1 problem(s): un_votes.csv.gz line 4: vote 'maybe'"
                        + " is not yes, no or abstain");

        assertThat(GraphShape.of(driver)).isEqualTo(before);
        assertThat(auditEntries()).isEqualTo(entries);
    }

    @Test
    @Order(2)
    void theEmbeddedAndTheBoltWritersWriteTheSameGraph() throws IOException {
        var files = UnVotesFixture.write(folder, UnVotesFixture.VOTES);
        var bolt = new UnVotesImporter(driver, queries, audit, events, embedded, false, 4);

        bolt.importDirectory(files, UnVotesImporter.Progress.NONE);
        var byBolt = dump();
        emptyGraph();
        var summary = importer.importDirectory(files, UnVotesImporter.Progress.NONE);

        assertThat(summary.created()).isEqualTo(3);
        assertThat(summary.votesWritten()).isEqualTo(9);
        assertThat(dump()).isEqualTo(byBolt);
        assertThat(byBolt.get("relationships").toString()).contains("{end=rollcall:unga:100, properties={vote=yes},"
                + " start=state:DEU, type=VOTED}");
        // A state the reference data has not created yet is created with the table's name, ISO3 and the voter names.
        var deu = driver.executableQuery("MATCH (n:Actor:State {id: 'state:DEU'}) RETURN n.name AS name, n.iso3 AS iso3,"
                + " n.aliases AS aliases").execute().records().getFirst();
        assertThat(deu.get("name").asString()).isEqualTo("Germany");
        assertThat(deu.get("iso3").asString()).isEqualTo("DEU");
        assertThat(deu.get("aliases").asList()).containsExactly("Federal Republic of Germany");
        emptyGraph();
    }

    @Test
    @Order(2)
    void aChangedRollCallIsRewrittenAlikeByBothWriters() throws IOException {
        // Roll call 101 loses its symbol and its amendment flag and gains an issue.
        var rollCalls = UnVotesFixture.ROLL_CALLS.replace("101,45,NA,1990-12-02,R/45/2,1,0", "101,45,NA,1990-12-02,,NA,0");
        var issues = UnVotesFixture.ISSUES + "101,me,Palestinian conflict\n";
        var first = UnVotesFixture.write(Files.createDirectories(folder.resolve("first")), UnVotesFixture.VOTES);
        var changed = UnVotesFixture.write(Files.createDirectories(folder.resolve("changed")), rollCalls, issues,
                UnVotesFixture.VOTES);
        var bolt = new UnVotesImporter(driver, queries, audit, events, embedded, false, 4);

        bolt.importDirectory(first, UnVotesImporter.Progress.NONE);
        assertThat(bolt.importDirectory(changed, UnVotesImporter.Progress.NONE).rewritten()).isEqualTo(1);
        var byBolt = dump();
        emptyGraph();
        importer.importDirectory(first, UnVotesImporter.Progress.NONE);
        assertThat(importer.importDirectory(changed, UnVotesImporter.Progress.NONE).rewritten()).isEqualTo(1);

        assertThat(dump()).isEqualTo(byBolt);
        var rewritten = driver.executableQuery("MATCH (s:Statement {id: 'rollcall:unga:101'}) RETURN properties(s) AS p,"
                + " COLLECT { MATCH (s)-[:CONCERNS]->(i:Issue) RETURN i.id ORDER BY i.id } AS issues").execute().records().getFirst();
        assertThat(rewritten.get("p").asMap()).doesNotContainKeys("symbol", "amendment").containsEntry("paragraph", false);
        assertThat(rewritten.get("issues").asList()).containsExactly("issue:unga-me");
        emptyGraph();
    }

    @Test
    @Order(2)
    void aBatchWhoseSessionIsMissingWritesNothing() {
        driver.executableQuery("CREATE (:Source {id: $source}), (:Actor:State {id: 'state:FRA'})")
                .withParameters(Map.of("source", RollCallWriter.SOURCE_ID)).execute();
        var rollCall = new RollCall(7, 99, LocalDate.of(1990, 1, 1), null, "T", "text", null, null, null,
                List.of(), new int[] {0}, new int[0], new int[0]);
        var shape = GraphShape.of(driver);
        var batches = new EmbeddedRollCallBatches(embedded.getObject().database(), queries);

        assertThatThrownBy(() -> batches.write(List.of("state:FRA"), List.of(rollCall), List.of("hash"), List.of(),
                new RollCallBatches.Audit(audit, new Write(Caller.system("test"),
                        "test"), List.of(rollCall.id()), null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The node session:UNGA99 that roll calls 7–7 point at is missing; nothing of this batch was written");
        assertThat(GraphShape.of(driver)).isEqualTo(shape);
        emptyGraph();
    }

    @Test
    @Order(3)
    void existingStateNodesAreNeverOverwritten() throws IOException {
        driver.executableQuery("CREATE (:Actor:State {id: 'state:CAN', name: 'Canada (reference)', iso3: 'CAN', iso2: 'CA',"
                + " aliases: ['Kanada']})").execute();

        importer.importDirectory(UnVotesFixture.write(folder, UnVotesFixture.VOTES), UnVotesImporter.Progress.NONE);

        var can = driver.executableQuery("MATCH (n:State {id: 'state:CAN'}) RETURN properties(n) AS p, COUNT { (n)-[:VOTED]->() } AS votes")
                .execute().records().getFirst();
        assertThat(can.get("p").asMap()).isEqualTo(Map.of("id", "state:CAN", "name", "Canada (reference)", "iso3", "CAN",
                "iso2", "CA", "aliases", List.of("Kanada")));
        assertThat(can.get("votes").asInt()).isEqualTo(1);
        emptyGraph();
    }

    @Test
    @Order(4)
    void theShippedFilesGiveExactly870109VotesEachOnTheNodeOfItsVoter() throws IOException {
        var summary = importer.importDirectory(SHIPPED, UnVotesImporter.Progress.NONE);

        assertThat(summary.rollCalls()).isEqualTo(6_203);
        assertThat(summary.created()).isEqualTo(6_203);
        assertThat(summary.votesWritten()).isEqualTo(870_109);
        assertThat(count("MATCH ()-[v:VOTED]->() RETURN count(v) AS n")).isEqualTo(870_109);
        assertThat(count("MATCH (s:Statement {kind: 'ROLL_CALL'}) WHERE s.contentHash IS NOT NULL RETURN count(s) AS n"))
                .isEqualTo(6_203);
        assertThat(count("MATCH (s:Statement)-[:AT]->(:Session {body: 'UNGA'}) RETURN count(s) AS n")).isEqualTo(6_203);
        assertThat(count("MATCH (:Statement)-[:CONCERNS]->(i:Issue) WHERE i.id STARTS WITH 'issue:unga-' RETURN count(*) AS n"))
                .isEqualTo(5_745);
        assertThat(count("MATCH (:Statement)-[:CITES]->(:Source {id: 'src:unvotes'}) RETURN count(*) AS n")).isEqualTo(6_203);

        var expected = expectedVotesPerNode();
        var actual = new TreeMap<String, Long>();
        driver.executableQuery("MATCH (a:Actor)-[v:VOTED]->() RETURN a.id AS id, count(v) AS votes").execute().records()
                .forEach(r -> actual.put(r.get("id").asString(), r.get("votes").asLong()));
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).hasSize(198).containsEntry("state:DEU", 2_552L + 2_151L).containsEntry("state:YEM", 2_395L + 3_291L)
                .containsEntry("state:TWN", 1_233L).containsEntry("state:NAM", 2_455L).containsEntry("state:ZANZIBAR", 2L);
    }

    @Test
    @Order(5)
    void r67slash19IsAt138Yes9No41AbstainThroughGraphQl() {
        var response = GraphQlHttp.tester(port).document("""
                { statements(symbol: "R/67/19") { totalCount nodes { id kind title date symbol session { id number }
                    issues { issue { id name } } sources { id } tally { yes no abstain total } } } }""").execute();

        response.path("statements.totalCount").entity(Integer.class).isEqualTo(1);
        response.path("statements.nodes[0].id").entity(String.class).isEqualTo("rollcall:unga:5182");
        response.path("statements.nodes[0].kind").entity(String.class).isEqualTo("ROLL_CALL");
        response.path("statements.nodes[0].date").entity(String.class).isEqualTo("2012-11-29");
        response.path("statements.nodes[0].session.id").entity(String.class).isEqualTo("session:UNGA67");
        response.path("statements.nodes[0].issues[0].issue.id").entity(String.class).isEqualTo("issue:unga-me");
        response.path("statements.nodes[0].sources[0].id").entity(String.class).isEqualTo("src:unvotes");
        response.path("statements.nodes[0].tally").entity(Map.class)
                .isEqualTo(Map.of("yes", 138, "no", 9, "abstain", 41, "total", 188));

        // Symbols repeat: every roll call on one is found; statements without votes have no tally.
        GraphQlHttp.tester(port).document("{ statements(symbol: \"R/54/175\", first: 100) { totalCount } }").execute()
                .path("statements.totalCount").entity(Integer.class).isEqualTo(8);
        GraphQlHttp.tester(port).document("{ statements(symbol: \"no such symbol\") { totalCount } }").execute()
                .path("statements.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    @Order(6)
    void importingTheSameFilesAgainChangesNothing() throws IOException {
        var before = GraphShape.of(driver);
        var entries = auditEntries();

        var summary = importer.importDirectory(SHIPPED, UnVotesImporter.Progress.NONE);

        assertThat(summary.unchanged()).isEqualTo(6_203);
        assertThat(summary.votesWritten()).isZero();
        assertThat(GraphShape.of(driver)).isEqualTo(before);
        assertThat(auditEntries()).isEqualTo(entries);
    }

    @Test
    @Order(7)
    void aRollCallWhoseContentChangedIsRewrittenWhole() throws IOException {
        var changed = Files.createDirectories(folder.resolve("changed"));
        for (var file : List.of("un_roll_calls.csv.gz", "un_roll_call_issues.csv.gz")) {
            Files.copy(SHIPPED.resolve(file), changed.resolve(file));
        }
        String votes;
        try (var in = new GZIPInputStream(Files.newInputStream(SHIPPED.resolve("un_votes.csv.gz")))) {
            votes = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The shipped file has CRLF line ends.
        assertThat(votes).contains("\n5182,Canada,CA,no\r\n");
        try (var out = new GZIPOutputStream(Files.newOutputStream(changed.resolve("un_votes.csv.gz")))) {
            out.write(votes.replace("\n5182,Canada,CA,no\r\n", "\n5182,Canada,CA,abstain\r\n").getBytes(StandardCharsets.UTF_8));
        }
        var shape = GraphShape.of(driver);

        var summary = importer.importDirectory(changed, UnVotesImporter.Progress.NONE);

        assertThat(summary.rewritten()).isEqualTo(1);
        assertThat(summary.votesWritten()).isEqualTo(188);
        assertThat(tally("rollcall:unga:5182")).isEqualTo(Map.of("yes", 138, "no", 8, "abstain", 42, "total", 188));
        assertThat(GraphShape.of(driver)).isEqualTo(shape);
        assertThat(count("MATCH (:Actor {id: 'state:CAN'})-[v:VOTED]->(:Statement {id: 'rollcall:unga:5182'}) RETURN count(v) AS n"))
                .isEqualTo(1);

        importer.importDirectory(SHIPPED, UnVotesImporter.Progress.NONE);
        assertThat(tally("rollcall:unga:5182")).isEqualTo(Map.of("yes", 138, "no", 9, "abstain", 41, "total", 188));
        assertThat(GraphShape.of(driver)).isEqualTo(shape);
    }

    /** 870,109 edges would make the next class's one-transaction clean-up heavy: they go in batches. */
    @AfterAll
    static void removeTheVotes(@Autowired Driver driver) {
        try (var session = driver.session()) {
            session.run("MATCH ()-[v:VOTED]->() CALL (v) { DELETE v } IN TRANSACTIONS OF 50000 ROWS").consume();
        }
    }

    /** From the raw rows and the voter table: how many votes each node must have. */
    private static Map<String, Long> expectedVotesPerNode() throws IOException {
        var nodeOfVoter = new HashMap<String, String>();
        try (var in = Files.newInputStream(Path.of("datasets", "unvotes", "voters.csv"))) {
            var csv = new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8));
            csv.next();
            for (var row = csv.next(); row != null; row = csv.next()) {
                nodeOfVoter.put(row.fields()[0] + "|" + row.fields()[1], row.fields()[2]);
            }
        }
        var expected = new TreeMap<String, Long>();
        try (var in = new GZIPInputStream(Files.newInputStream(SHIPPED.resolve("un_votes.csv.gz")))) {
            var csv = new CsvRecords(new InputStreamReader(in, StandardCharsets.UTF_8));
            csv.next();
            for (var row = csv.next(); row != null; row = csv.next()) {
                var node = nodeOfVoter.get(row.fields()[1] + "|" + row.fields()[2]);
                assertThat(node).as(row.fields()[1]).isNotNull();
                expected.merge(node, 1L, Long::sum);
            }
        }
        return expected;
    }

    private Map<?, ?> tally(String statement) {
        return GraphQlHttp.tester(port).document("{ statement(id: \"" + statement + "\") { tally { yes no abstain total } } }")
                .execute().path("statement.tally").entity(Map.class).get();
    }

    private long count(String query) {
        return driver.executableQuery(query).execute().records().getFirst().get("n").asLong();
    }

    private long auditEntries() {
        return count("MATCH (e:AuditEntry) RETURN count(e) AS n");
    }

    private void emptyGraph() {
        driver.executableQuery("MATCH (n) WHERE NOT n:Migration DETACH DELETE n").execute();
    }

    /** Every node but audit entries (their ids and times differ) and every edge, canonically. */
    private Map<String, Object> dump() {
        var nodes = driver.executableQuery("""
                MATCH (n) WHERE NOT n:Migration AND NOT n:AuditEntry
                RETURN labels(n) AS labels, properties(n) AS properties ORDER BY n.id""").execute().records().stream()
                .map(r -> r.get("labels").asList() + " " + new TreeMap<>(r.get("properties").asMap()))
                .toList();
        var relationships = driver.executableQuery("""
                MATCH (a)-[r]->(b) WHERE NOT a:AuditEntry
                RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties
                ORDER BY start, end, type, r.vote""").execute().records().stream()
                .map(r -> new TreeMap<>(Map.of("type", r.get("type").asString(), "start", r.get("start").asString(),
                        "end", r.get("end").asString(), "properties", new TreeMap<>(r.get("properties").asMap()))))
                .toList();
        return Map.of("nodes", nodes, "relationships", relationships);
    }
}
