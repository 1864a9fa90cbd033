package org.coalitiongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Issue 4's acceptance: anonymous writes are UNAUTHENTICATED, a reader's FORBIDDEN, an editor's done. */
@IntegrationTest
@GraphData("demo-hrc47")
class MutationAccessIT {

    @LocalServerPort
    int port;

    @Test
    void anAnonymousMutationIsUnauthenticatedAndWritesNothing() {
        assertRefused(GraphQlHttp.tester(port), "UNAUTHENTICATED", "stmt:anonymous");
    }

    @Test
    void aReaderMayNotWrite() {
        assertRefused(GraphQlHttp.tester(port, TestCallers.READER_KEY), "FORBIDDEN", "stmt:by-reader-key");
        assertRefused(GraphQlHttp.testerWithToken(port, TestCallers.token("rita", "reader")), "FORBIDDEN", "stmt:by-reader-token");
    }

    @Test
    void anEditorOrAdminWrites() {
        assertCreated(GraphQlHttp.tester(port, TestCallers.EDITOR_KEY), "stmt:by-editor-key");
        assertCreated(GraphQlHttp.testerWithToken(port, TestCallers.token("ed", "editor")), "stmt:by-editor-token");
        assertCreated(GraphQlHttp.tester(port, TestCallers.ADMIN_KEY), "stmt:by-admin-key");
    }

    @Test
    void onlyAnAdminReadsTheAuditLog() {
        assertThat(auditLogError(GraphQlHttp.tester(port))).isEqualTo("UNAUTHENTICATED");
        assertThat(auditLogError(GraphQlHttp.tester(port, TestCallers.EDITOR_KEY))).isEqualTo("FORBIDDEN");
        GraphQlHttp.tester(port, TestCallers.ADMIN_KEY).documentName("auditLog").execute()
                .path("auditLog.totalCount").entity(Integer.class).satisfies(count -> assertThat(count).isPositive());
    }

    private static String auditLogError(GraphQlTester graphQl) {
        var code = new String[1];
        graphQl.documentName("auditLog").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.getFirst().getPath()).isEqualTo("auditLog");
            code[0] = (String) errors.getFirst().getExtensions().get("code");
        });
        return code[0];
    }

    private void assertRefused(GraphQlTester graphQl, String code, String id) {
        graphQl.documentName("createStatement").variable("input", Map.of("id", id, "title", "T", "kind", "LETTER"))
                .execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.getFirst().getExtensions()).containsEntry("code", code);
                    assertThat(errors.getFirst().getMessage()).contains("createStatement needs the editor role")
                            .doesNotContain("Exception");
                });
        GraphQlHttp.tester(port, TestCallers.ADMIN_KEY).document("{ statement(id: \"" + id + "\") { id } }")
                .execute().path("statement").valueIsNull();
    }

    private static void assertCreated(GraphQlTester graphQl, String id) {
        graphQl.documentName("createStatement").variable("input", Map.of("id", id, "title", "T", "kind", "LETTER"))
                .execute().path("createStatement.id").entity(String.class).isEqualTo(id);
    }
}
