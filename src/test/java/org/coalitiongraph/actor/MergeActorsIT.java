package org.coalitiongraph.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.coalitiongraph.backup.GraphDump;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.ImportDocument.OrganisationRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two actors found to be the same become one: every edge moves with its properties, names become
 * aliases, the old id still finds the actor, and the audit log keeps both as they were. Two voters
 * of one roll call, two kinds, or an unknown id are refused with nothing written. The graph is set
 * up and checked with plain Cypher, independent of the code under test.
 */
@IntegrationTest
@GraphData("demo-hrc47")
class MergeActorsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    GraphImporter importer;

    private static boolean planned;

    /**
     * The first merge in a JVM plans some fifteen Cypher queries in one transaction; on a busy
     * two-core machine that alone can outlast the 10 s request limit. One merge of two throwaway
     * actors first, tried a few times, lets the tests judge what a merge does rather than how fast
     * Neo4j plans it cold.
     */
    @BeforeEach
    void planAMergeOnce() {
        if (planned) {
            return;
        }
        given("""
                MERGE (a:Actor:Organisation {id: 'org:warm-a'}) SET a.name = 'Warm A', a.aliases = []
                MERGE (b:Actor:Organisation {id: 'org:warm-b'}) SET b.name = 'Warm B', b.aliases = []
                """);
        for (int attempt = 0; attempt < 3 && !planned; attempt++) {
            planned = !GraphQlHttp.postExpectingOk(port, TestCallers.EDITOR_KEY,
                    "mutation { mergeActors(keep: \"org:warm-a\", merge: \"org:warm-b\") { id } }").contains("errors");
        }
    }

    @Test
    void everyEdgeOfAnyTypeMovesToTheKeptActorWithItsProperties() {
        given("""
                CREATE (keep:Actor:Organisation {id: 'org:m1-keep', name: 'Keep Watch', acronym: 'KW', aliases: ['KWatch']})
                CREATE (merge:Actor:Organisation {id: 'org:m1-merge', name: 'Keep-Watch International', acronym: 'KWI',
                        aliases: ['kwatch', 'KW Intl']})
                CREATE (a:Statement {id: 'stmt:m1-a', title: 'A', kind: 'JOINT_STATEMENT'})
                CREATE (b:Statement {id: 'stmt:m1-b', title: 'B', kind: 'LETTER'})
                CREATE (c:Statement {id: 'stmt:m1-c', title: 'C', kind: 'LETTER'})
                CREATE (other:Actor:Organisation {id: 'org:m1-other', name: 'Other', aliases: []})
                CREATE (p:Person {id: 'person:m1', name: 'P', public: true})
                CREATE (keep)-[:SIGNED {role: 'SIGNATORY'}]->(c)
                CREATE (merge)-[:SIGNED {role: 'SIGNATORY', marker: '*', sourceId: 'src:ishr-2021-hrc47-uyghurs'}]->(a)
                CREATE (merge)-[:SIGNED {role: 'LEAD'}]->(b)
                CREATE (p)-[:WORKS_FOR {role: 'Director', from: date('2020-01-01')}]->(merge)
                CREATE (a)-[:DELIVERED_BY]->(merge)
                CREATE (b)-[:ADDRESSED_TO]->(merge)
                CREATE (merge)-[:FUNDS {amount: 5}]->(other)
                CREATE (other)-[:PARTNERS_WITH {since: 2019}]->(merge)
                """);
        assertThat(degree("org:m1-keep", "SIGNED")).isEqualTo(1);
        assertThat(degree("org:m1-keep", "WORKS_FOR")).isZero();

        editor().documentName("mergeActors").variable("keep", "org:m1-keep").variable("merge", "org:m1-merge").execute()
                .path("mergeActors.id").entity(String.class).isEqualTo("org:m1-keep")
                .path("mergeActors.name").entity(String.class).isEqualTo("Keep Watch")
                .path("mergeActors.aliases").entityList(String.class)
                .containsExactly("KWatch", "Keep-Watch International", "KWI", "KW Intl")
                .path("mergeActors.mergedIds").entityList(String.class).containsExactly("org:m1-merge");

        assertThat(exists("org:m1-merge")).isFalse();
        assertThat(degree("org:m1-keep", "SIGNED")).isEqualTo(3);
        assertThat(degree("org:m1-keep", "WORKS_FOR")).isEqualTo(1);
        assertThat(degree("org:m1-keep", "DELIVERED_BY")).isEqualTo(1);
        assertThat(degree("org:m1-keep", "ADDRESSED_TO")).isEqualTo(1);
        assertThat(edge("(:Actor {id: 'org:m1-keep'})-[r:SIGNED]->(:Statement {id: 'stmt:m1-a'})"))
                .isEqualTo(Map.of("role", "SIGNATORY", "marker", "*", "sourceId", "src:ishr-2021-hrc47-uyghurs"));
        assertThat(edge("(:Actor {id: 'org:m1-keep'})-[r:SIGNED]->(:Statement {id: 'stmt:m1-b'})"))
                .isEqualTo(Map.of("role", "LEAD"));
        assertThat(edge("(:Person {id: 'person:m1'})-[r:WORKS_FOR]->(:Actor {id: 'org:m1-keep'})"))
                .isEqualTo(Map.of("role", "Director", "from", LocalDate.of(2020, 1, 1)));
        assertThat(edge("(:Actor {id: 'org:m1-keep'})-[r:FUNDS]->(:Actor {id: 'org:m1-other'})"))
                .isEqualTo(Map.of("amount", 5L));
        assertThat(edge("(:Actor {id: 'org:m1-other'})-[r:PARTNERS_WITH]->(:Actor {id: 'org:m1-keep'})"))
                .isEqualTo(Map.of("since", 2019L));
        // The merged node's id finds the kept actor; the ones it signed with now show the kept one.
        GraphQlHttp.tester(port).document("""
                { organisation(id: "org:m1-merge") { id } actor(id: "org:m1-merge") { id }
                  statement(id: "stmt:m1-a") { signatories { nodes { id } } } }""").execute()
                .path("organisation.id").entity(String.class).isEqualTo("org:m1-keep")
                .path("actor.id").entity(String.class).isEqualTo("org:m1-keep")
                .path("statement.signatories.nodes[*].id").entityList(String.class).containsExactly("org:m1-keep");
    }

    @Test
    void aStatementBothSignedKeepsOneSignatureAndAGroupingOneMembership() {
        given("""
                CREATE (keep:Actor:State {id: 'state:XKA', name: 'Keepland', iso3: 'XKA', iso2: 'KA', aliases: []})
                CREATE (merge:Actor:State {id: 'state:XKB', name: 'Keep Land', formalName: 'the Republic of Keepland',
                        iso3: 'XKB', iso2: 'KB', aliases: ['KL', 'keepland', ' Keep  land ']})
                CREATE (s:Statement {id: 'stmt:m2', title: 'Both signed', kind: 'JOINT_STATEMENT'})
                CREATE (g:Grouping {id: 'grouping:m2', name: 'Both members', kind: 'AD_HOC'})
                CREATE (h:Grouping {id: 'grouping:m2-undated', name: 'Both members, no dates', kind: 'AD_HOC'})
                CREATE (r1:Statement {id: 'rollcall:m2-1', title: 'Vote 1', kind: 'ROLL_CALL'})
                CREATE (r2:Statement {id: 'rollcall:m2-2', title: 'Vote 2', kind: 'ROLL_CALL'})
                CREATE (keep)-[:SIGNED {role: 'SIGNATORY'}]->(s)
                CREATE (merge)-[:SIGNED {role: 'LEAD', marker: '*', sourceId: 'src:ishr-2021-hrc47-uyghurs'}]->(s)
                CREATE (keep)-[:MEMBER_OF {from: date('2001-01-01')}]->(g)
                CREATE (merge)-[:MEMBER_OF {from: date('1999-01-01'), to: date('2010-01-01')}]->(g)
                CREATE (keep)-[:MEMBER_OF]->(h)
                CREATE (merge)-[:MEMBER_OF {from: date('1999-01-01')}]->(h)
                CREATE (keep)-[:VOTED {vote: 'no'}]->(r1)
                CREATE (merge)-[:VOTED {vote: 'yes'}]->(r2)
                """);

        editor().documentName("mergeActors").variable("keep", "state:XKA").variable("merge", "state:XKB").execute()
                .path("mergeActors.aliases").entityList(String.class)
                // Codes are not names; names keep already goes by are not repeated, whatever their case or spacing.
                .containsExactly("Keep Land", "the Republic of Keepland", "KL");

        assertThat(count("MATCH (:Actor {id: 'state:XKA'})-[r:SIGNED]->(:Statement {id: 'stmt:m2'}) RETURN count(r)")).isEqualTo(1);
        // Keep's values win; merge's fill what keep's edge lacked.
        assertThat(edge("(:Actor {id: 'state:XKA'})-[r:SIGNED]->(:Statement {id: 'stmt:m2'})"))
                .isEqualTo(Map.of("role", "SIGNATORY", "marker", "*", "sourceId", "src:ishr-2021-hrc47-uyghurs"));
        assertThat(count("MATCH (:Actor {id: 'state:XKA'})-[r:MEMBER_OF]->() RETURN count(r)")).isEqualTo(2);
        // A period is one value: keep's stays whole, merge's comes only where keep's edge had none.
        assertThat(edge("(:Actor {id: 'state:XKA'})-[r:MEMBER_OF]->(:Grouping {id: 'grouping:m2'})"))
                .isEqualTo(Map.of("from", LocalDate.of(2001, 1, 1)));
        assertThat(edge("(:Actor {id: 'state:XKA'})-[r:MEMBER_OF]->(:Grouping {id: 'grouping:m2-undated'})"))
                .isEqualTo(Map.of("from", LocalDate.of(1999, 1, 1)));
        // Votes in different roll calls are no conflict: they move.
        assertThat(edge("(:Actor {id: 'state:XKA'})-[r:VOTED]->(:Statement {id: 'rollcall:m2-2'})"))
                .isEqualTo(Map.of("vote", "yes"));
        assertThat(degree("state:XKA", "VOTED")).isEqualTo(2);
        assertThat(exists("state:XKB")).isFalse();

        GraphQlHttp.tester(port).document("""
                { state(id: "state:XKB") { id iso3 mergedIds } organisation(id: "state:XKB") { id } }""").execute()
                .path("state.id").entity(String.class).isEqualTo("state:XKA")
                .path("state.iso3").entity(String.class).isEqualTo("XKA")
                .path("state.mergedIds").entityList(String.class).containsExactly("state:XKB")
                .path("organisation").valueIsNull();

        var entry = auditEntry("state:XKA");
        assertThat(entry.get("operation").asString()).isEqualTo("mergeActors");
        assertThat(entry.get("who").asString()).isEqualTo("key:test-editor");
        assertThat(entry.get("targets").values()).extracting(JsonNode::asString).containsExactly("state:XKA", "state:XKB");
        assertThat(JSON.readTree(entry.get("input").asString())).isEqualTo(
                JSON.valueToTree(Map.of("keep", "state:XKA", "merge", "state:XKB")));
        var before = JSON.readTree(entry.get("before").asString());
        assertThat(before.get("states").values()).extracting(state -> state.get("id").asString())
                .containsExactly("state:XKA", "state:XKB");
        assertThat(before.at("/states/1/formalName").asString()).isEqualTo("the Republic of Keepland");
        // The records whose two edges became one, as they were: both signatures, both memberships.
        assertThat(before.at("/statements/0/id").asString()).isEqualTo("stmt:m2");
        assertThat(before.at("/statements/0/signatories").values()).extracting(s -> s.get("role").asString())
                .containsExactly("SIGNATORY", "LEAD");
        assertThat(before.get("groupings").values()).extracting(g -> g.get("members").size()).containsExactly(2, 2);
    }

    @Test
    void twoVotersOfOneRollCallAreNotMergedAndNothingChanges() {
        given("""
                CREATE (a:Actor:State {id: 'state:XVA', name: 'Voteland', aliases: []})
                CREATE (b:Actor:State {id: 'state:XVB', name: 'Voteland too', aliases: []})
                CREATE (s:Statement {id: 'stmt:m3', title: 'Signed', kind: 'LETTER'})
                CREATE (b)-[:SIGNED {role: 'SIGNATORY'}]->(s)
                WITH a, b
                UNWIND range(1, 7) AS i
                CREATE (r:Statement {id: 'rollcall:m3-' + i, title: 'Vote ' + i, kind: 'ROLL_CALL'})
                CREATE (a)-[:VOTED {vote: 'yes'}]->(r)
                CREATE (b)-[:VOTED {vote: CASE WHEN i = 1 THEN 'no' ELSE 'yes' END}]->(r)
                """);
        var before = GraphDump.of(driver);

        assertRefused("state:XVA", "state:XVB", "BAD_USER_INPUT", "merge", message -> assertThat(message)
                .startsWith("merge: 'state:XVA' and 'state:XVB' both voted in 7 roll calls (rollcall:m3-1, rollcall:m3-2,")
                .contains("rollcall:m3-5, …)").doesNotContain("rollcall:m3-6")
                .endsWith("two voters of one roll call are two actors, never one"));

        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    @Test
    void actorsOfTwoKindsAreNotMerged() {
        var before = GraphDump.of(driver);

        assertRefused("state:CAN", "org:ishr", "BAD_USER_INPUT", "merge", message -> assertThat(message)
                .isEqualTo("merge: 'state:CAN' is a state and 'org:ishr' an organisation; only actors of one kind merge"));

        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    @Test
    void anUnknownIdOrOneThatNamesNoActorIsNotFound() {
        var before = GraphDump.of(driver);

        assertRefused("org:ishr", "org:nope", "NOT_FOUND", "merge",
                message -> assertThat(message).isEqualTo("merge: no actor 'org:nope'"));
        assertRefused("org:nope", "org:ishr", "NOT_FOUND", "keep",
                message -> assertThat(message).isEqualTo("keep: no actor 'org:nope'"));
        assertRefused("state:CAN", "stmt:hrc47-canada-xinjiang", "NOT_FOUND", "merge",
                message -> assertThat(message).isEqualTo("merge: no actor 'stmt:hrc47-canada-xinjiang'"));
        assertRefused("org:ishr", "org:ishr", "BAD_USER_INPUT", "merge",
                message -> assertThat(message).contains("is keep itself"));

        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    @Test
    void onlyAnEditorMerges() {
        var before = GraphDump.of(driver);

        assertAccessRefused(GraphQlHttp.tester(port, TestCallers.READER_KEY), "FORBIDDEN");
        assertAccessRefused(GraphQlHttp.tester(port), "UNAUTHENTICATED");

        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    @Test
    void mergedIdsFollowFurtherMergesAndAnIdThatNamesANodeFindsThatNode() {
        given("""
                CREATE (:Actor:Organisation {id: 'org:m4-a', name: 'Chain A', aliases: []})
                CREATE (:Actor:Organisation {id: 'org:m4-b', name: 'Chain B', aliases: []})
                CREATE (:Actor:Organisation {id: 'org:m4-c', name: 'Chain C', aliases: []})
                """);
        editor().documentName("mergeActors").variable("keep", "org:m4-b").variable("merge", "org:m4-a").execute()
                .path("mergeActors.mergedIds").entityList(String.class).containsExactly("org:m4-a");
        editor().documentName("mergeActors").variable("keep", "org:m4-c").variable("merge", "org:m4-b").execute()
                .path("mergeActors.mergedIds").entityList(String.class).containsExactly("org:m4-b", "org:m4-a")
                .path("mergeActors.aliases").entityList(String.class).containsExactly("Chain B", "Chain A");

        GraphQlHttp.tester(port).document("{ a: actor(id: \"org:m4-a\") { id } b: organisation(id: \"org:m4-b\") { id } }")
                .execute()
                .path("a.id").entity(String.class).isEqualTo("org:m4-c")
                .path("b.id").entity(String.class).isEqualTo("org:m4-c");
        // A merged id is free again; a new actor with it is found by it, the kept one by its own.
        editor().document("mutation { createOrganisation(input: {id: \"org:m4-a\", name: \"New A\"}) { id } }").execute()
                .path("createOrganisation.id").entity(String.class).isEqualTo("org:m4-a");
        GraphQlHttp.tester(port).document("{ actor(id: \"org:m4-a\") { id name } }").execute()
                .path("actor.name").entity(String.class).isEqualTo("New A");
        // An edit of the kept actor keeps its merged ids, and so does an import of its record without them.
        editor().document("mutation { updateOrganisation(input: {id: \"org:m4-c\", name: \"Chain C2\"}) { mergedIds } }")
                .execute().path("updateOrganisation.mergedIds").entityList(String.class).containsExactly("org:m4-b", "org:m4-a");
        importer.importDocument(new ImportDocument(ImportDocument.FORMAT_V1, null, null, null,
                List.of(new OrganisationRecord("org:m4-c", "Chain C3", null, null, null, null, null, null)),
                null, null, null, null, null), "test");
        assertThat(driver.executableQuery("MATCH (n:Organisation {id: 'org:m4-c'}) RETURN n.name AS name, n.mergedIds AS ids")
                .execute().records().getFirst().asMap()).isEqualTo(Map.of("name", "Chain C3", "ids", List.of("org:m4-b", "org:m4-a")));
    }

    @Test
    void twoMergesOfOnePairTheOtherWayRoundAtOnceLeaveOneActor() throws Exception {
        given("""
                CREATE (a:Actor:Organisation {id: 'org:m5-a', name: 'Race A', aliases: []})
                CREATE (b:Actor:Organisation {id: 'org:m5-b', name: 'Race B', aliases: []})
                CREATE (s:Statement {id: 'stmt:m5', title: 'Raced', kind: 'LETTER'})
                CREATE (a)-[:SIGNED {role: 'SIGNATORY'}]->(s)
                CREATE (b)-[:SIGNED {role: 'SIGNATORY'}]->(s)
                """);
        List<Callable<String>> merges = List.of(
                () -> GraphQlHttp.postExpectingOk(port, TestCallers.EDITOR_KEY,
                        "mutation { mergeActors(keep: \"org:m5-a\", merge: \"org:m5-b\") { id } }"),
                () -> GraphQlHttp.postExpectingOk(port, TestCallers.EDITOR_KEY,
                        "mutation { mergeActors(keep: \"org:m5-b\", merge: \"org:m5-a\") { id } }"));
        List<String> answers;
        try (var pool = Executors.newFixedThreadPool(2)) {
            answers = pool.invokeAll(merges).stream().map(future -> {
                try {
                    return future.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }

        assertThat(answers.stream().filter(body -> !body.contains("errors"))).hasSize(1);
        assertThat(answers.stream().filter(body -> body.contains("errors")))
                .singleElement().satisfies(body -> assertThat(body).contains("NOT_FOUND").contains("no actor"));
        assertThat(count("MATCH (n:Actor) WHERE n.id IN ['org:m5-a', 'org:m5-b'] RETURN count(n)")).isEqualTo(1);
        assertThat(count("MATCH (:Actor)-[r:SIGNED]->(:Statement {id: 'stmt:m5'}) RETURN count(r)")).isEqualTo(1);
    }

    private static void assertAccessRefused(GraphQlTester caller, String code) {
        caller.documentName("mergeActors").variable("keep", "org:ishr").variable("merge", "org:amnesty-international")
                .execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getExtensions()).containsEntry("code", code);
                    assertThat(errors.getFirst().getMessage()).startsWith("mergeActors needs the editor role");
                });
    }

    private GraphQlTester editor() {
        return GraphQlHttp.tester(port, TestCallers.EDITOR_KEY);
    }

    private void assertRefused(String keep, String merge, String code, String argument,
            java.util.function.Consumer<String> message) {
        editor().documentName("mergeActors").variable("keep", keep).variable("merge", merge).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getExtensions()).containsEntry("code", code).containsEntry("argument", argument);
                    message.accept(errors.getFirst().getMessage());
                });
    }

    private JsonNode auditEntry(String target) {
        var body = GraphQlHttp.postExpectingOk(port, TestCallers.ADMIN_KEY, "{ auditLog(target: \"" + target
                + "\", first: 1) { nodes { operation who targets input before } } }");
        return JSON.readTree(body).at("/data/auditLog/nodes/0");
    }

    private void given(String cypher) {
        driver.executableQuery(cypher).execute();
    }

    private long degree(String actor, String type) {
        return driver.executableQuery("MATCH (a:Actor {id: $id}) RETURN COUNT { (a)-[r]-() WHERE type(r) = $type } AS n")
                .withParameters(Map.of("id", actor, "type", type)).execute().records().getFirst().get("n").asLong();
    }

    private boolean exists(String id) {
        return count("MATCH (n {id: '" + id + "'}) RETURN count(n)") > 0;
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
    }

    /** The properties of the one edge the pattern (which names it {@code r}) matches. */
    private Map<String, Object> edge(String pattern) {
        var records = driver.executableQuery("MATCH " + pattern + " RETURN properties(r) AS p").execute().records();
        assertThat(records).as(pattern).hasSize(1);
        return records.getFirst().get("p").asMap();
    }
}
