package org.coalitiongraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Edits of one record at the same time run one after the other: none is lost, no id is taken twice. */
@IntegrationTest
@GraphData("demo-hrc47")
class ConcurrentEditsIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Test
    void signaturesAddedAtTheSameTimeAreAllKept() throws Exception {
        var organisations = driver.executableQuery("MATCH (o:Organisation) RETURN o.id AS id ORDER BY id LIMIT 12")
                .execute().records().stream().map(r -> r.get("id").asString()).toList();
        GraphQlHttp.tester(port, TestCallers.EDITOR_KEY).documentName("createStatement")
                .variable("input", Map.of("id", "stmt:concurrent", "title", "Concurrent", "kind", "LETTER")).execute();

        var results = all(organisations.stream().map(actor -> (Callable<String>) () -> GraphQlHttp.postExpectingOk(port,
                TestCallers.EDITOR_KEY, "mutation { addSignature(statement: \"stmt:concurrent\", signature: {actor: \""
                        + actor + "\"}) { id } }")).toList());

        assertThat(results).allSatisfy(body -> assertThat(body).doesNotContain("errors"));
        var signed = driver.executableQuery("MATCH (a)-[:SIGNED]->(:Statement {id: 'stmt:concurrent'}) RETURN a.id AS id")
                .execute().records().stream().map(r -> r.get("id").asString()).toList();
        assertThat(signed).containsExactlyInAnyOrderElementsOf(organisations);
    }

    @Test
    void anIdCreatedAtTheSameTimeTwiceIsCreatedOnce() throws Exception {
        var results = all(IntStream.range(0, 8).mapToObj(i -> (Callable<String>) () -> GraphQlHttp.postExpectingOk(port,
                TestCallers.EDITOR_KEY, "mutation { createIssue(input: {id: \"issue:contested\", name: \"Take " + i
                        + "\"}) { id } }")).toList());

        assertThat(results.stream().filter(body -> !body.contains("errors"))).hasSize(1);
        assertThat(results.stream().filter(body -> body.contains("errors")))
                .allSatisfy(body -> assertThat(body).contains("BAD_USER_INPUT").contains("already exists"));
        assertThat(driver.executableQuery("MATCH (a:AuditEntry {operation: 'createIssue'}) WHERE 'issue:contested' IN a.targets"
                + " RETURN count(a) AS n").execute().records().getFirst().get("n").asLong()).isEqualTo(1);
    }

    private static List<String> all(List<Callable<String>> calls) throws Exception {
        try (var pool = Executors.newFixedThreadPool(calls.size())) {
            var results = new java.util.ArrayList<String>();
            for (var future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        }
    }
}
