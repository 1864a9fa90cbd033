package org.coalitiongraph.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.ImportDocument.Signature;
import org.coalitiongraph.ingest.ImportDocument.StateRecord;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.coalitiongraph.ingest.ImportDocument.Vote;
import org.coalitiongraph.statement.SignatureRole;
import org.coalitiongraph.statement.StatementKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Writes show in the analytics: a write through the app before it returns (the writer reads its
 * own write), a write by anyone else on the same database (another instance, Cypher by hand with
 * its audit entry) within the poll interval.
 */
@IntegrationTest
@GraphData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsFreshnessIT {

    @Autowired
    GraphImporter importer;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    HttpGraphQlTester reader;
    HttpGraphQlTester editor;

    @BeforeAll
    void importTwoStatesAndAStatement() {
        var states = List.of(state("state:FA", "Freshland"), state("state:FB", "Bravia"), state("state:FC", "Cordia"));
        var statement = new StatementRecord("stmt:fresh", "Fresh statement", LocalDate.of(2024, 3, 1),
                StatementKind.JOINT_STATEMENT, null, null, null, null, true, null, null, null, null, null, null, null,
                null, null, null, List.of(new Signature("state:FA", SignatureRole.LEAD, null, null)));
        importer.importDocument(new ImportDocument(ImportDocument.FORMAT_V1, null, null, states, null, null, null, null,
                null, List.of(statement)), "freshness test");
        reader = GraphQlHttp.tester(port);
        editor = GraphQlHttp.tester(port, TestCallers.EDITOR_KEY);
    }

    @Test
    void aSignatureAddedThroughTheApiShowsBeforeTheMutationReturns() {
        assertThat(coSigners("state:FA")).isEmpty();
        editor.documentName("addSignature").variable("statement", "stmt:fresh")
                .variable("signature", Map.of("actor", "state:FB")).execute()
                .path("addSignature.signatories.totalCount").entity(Integer.class).isEqualTo(2);
        assertThat(coSigners("state:FA")).containsExactly("state:FB");

        editor.documentName("removeSignature").variable("statement", "stmt:fresh").variable("actor", "state:FB")
                .execute().path("removeSignature.signatories.totalCount").entity(Integer.class).isEqualTo(1);
        assertThat(coSigners("state:FA")).isEmpty();
    }

    @Test
    void votesImportedThroughTheAppShowAtOnce() {
        var rollCall = new StatementRecord("rollcall:fresh", "Fresh roll call", LocalDate.of(2024, 4, 1),
                StatementKind.ROLL_CALL, null, null, null, null, true, null, null, null, null, null, null, null, null,
                null, null, null, List.of(new Vote("state:FA", "yes"), new Vote("state:FC", "abstain")));
        importer.importDocument(new ImportDocument(ImportDocument.FORMAT_V1, null, null, null, null, null, null, null,
                null, List.of(rollCall)), "freshness test: a roll call");
        reader.documentName("coVoters").variable("actor", "state:FA").variable("minShared", 1).variable("first", 5)
                .execute().path("coVoters[0].actor.id").entity(String.class).isEqualTo("state:FC")
                .path("coVoters[0].agreement").entity(Double.class).isEqualTo(0.5)
                .path("coVoters[0].sharedRollCalls").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void aWriteByAnotherClientShowsWithinThePollInterval() {
        // As another instance would write: the change and its audit entry in one transaction.
        driver.executableQuery("""
                MATCH (a:Actor {id: 'state:FC'}), (s:Statement {id: 'stmt:fresh'})
                MERGE (a)-[:SIGNED {role: 'SIGNATORY'}]->(s)
                CREATE (:AuditEntry {id: 'audit:freshness-test', at: datetime(), who: 'another instance',
                                     operation: 'addSignature', targets: ['stmt:fresh']})
                """).execute();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(coSigners("state:FA")).contains("state:FC"));
    }

    private List<String> coSigners(String actor) {
        return reader.documentName("coSigners").variable("actor", actor).variable("first", 10)
                .execute().path("coSigners[*].actor.id").entityList(String.class).get();
    }

    private static StateRecord state(String id, String name) {
        return new StateRecord(id, name, List.of(), null, null, null, null, true, false, null, null);
    }
}
