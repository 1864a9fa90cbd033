package org.coalitiongraph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every write leaves who, when, what and from where; updates and deletes keep what was there. */
@IntegrationTest
@GraphData("demo-hrc47")
class AuditLogIT {

    @LocalServerPort
    int port;

    @Test
    void eachWriteIsRecordedWithTheRecordAsItWas() {
        var editor = GraphQlHttp.tester(port, TestCallers.EDITOR_KEY);
        editor.documentName("createState").variable("input", Map.of("id", "state:XAU", "name", "Auditland")).execute();
        editor.documentName("updateState").variable("input", Map.of("id", "state:XAU", "name", "Auditia")).execute();
        editor.documentName("deleteState").variable("id", "state:XAU").execute();

        GraphQlHttp.tester(port, TestCallers.ADMIN_KEY).documentName("auditLog").variable("target", "state:XAU").execute()
                .path("auditLog.totalCount").entity(Integer.class).isEqualTo(3)
                .path("auditLog.nodes[*].operation").entityList(String.class).containsExactly("deleteState", "updateState", "createState")
                .path("auditLog.nodes[*].who").entityList(String.class).containsExactly("key:test-editor", "key:test-editor", "key:test-editor")
                .path("auditLog.nodes[*].role").entityList(String.class).containsExactly("EDITOR", "EDITOR", "EDITOR")
                .path("auditLog.nodes[0].origin").entity(String.class).satisfies(origin -> assertThat(origin).startsWith("graphql from "))
                .path("auditLog.nodes[0].before").entity(String.class).satisfies(before -> assertThat(before).contains("\"name\":\"Auditia\""))
                .path("auditLog.nodes[1].before").entity(String.class).satisfies(before -> assertThat(before).contains("\"name\":\"Auditland\""))
                .path("auditLog.nodes[1].input").entity(String.class).satisfies(input -> assertThat(input).contains("Auditia"))
                .path("auditLog.nodes[2].before").valueIsNull();
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        var editor = GraphQlHttp.tester(port, TestCallers.EDITOR_KEY);
        for (int i = 0; i < 5; i++) {
            editor.documentName("createState").variable("input", Map.of("id", "state:XP" + (char) ('A' + i), "name", "Paged " + i)).execute();
        }
        var admin = GraphQlHttp.tester(port, TestCallers.ADMIN_KEY);
        var all = admin.document("{ auditLog(first: 100) { nodes { id } } }").execute()
                .path("auditLog.nodes[*].id").entityList(String.class).get();
        var paged = new java.util.ArrayList<String>();
        String after = null;
        do {
            var page = admin.document("query($after: String) { auditLog(first: 2, after: $after) {"
                    + " edges { cursor node { id } } pageInfo { hasNextPage } } }").variable("after", after).execute();
            paged.addAll(page.path("auditLog.edges[*].node.id").entityList(String.class).get());
            var cursors = page.path("auditLog.edges[*].cursor").entityList(String.class).get();
            after = page.path("auditLog.pageInfo.hasNextPage").entity(Boolean.class).get() ? cursors.getLast() : null;
        } while (after != null);
        assertThat(paged).isEqualTo(all).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void theDatasetLoadIsRecordedAsTheServiceOwnWrite() {
        GraphQlHttp.tester(port, TestCallers.ADMIN_KEY).documentName("auditLog").variable("who", "system").execute()
                .path("auditLog.nodes[*].operation").entityList(String.class).contains("import")
                .path("auditLog.nodes[0].targets").entityList(String.class).contains("state:CAN", "stmt:hrc47-canada-xinjiang");
    }
}
