package org.coalitiongraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CypherScriptTests {

    @Test
    void splitsAtSemicolonsEndingALineAndDropsComments() {
        var statements = CypherScript.statements("""
                // constraints
                CREATE CONSTRAINT a IF NOT EXISTS
                FOR (n:A) REQUIRE n.id IS UNIQUE;

                MATCH (n) WHERE n.name = 'a;b' SET n.x = 1;
                RETURN 1
                """);

        assertThat(statements).containsExactly(
                "CREATE CONSTRAINT a IF NOT EXISTS\nFOR (n:A) REQUIRE n.id IS UNIQUE",
                "MATCH (n) WHERE n.name = 'a;b' SET n.x = 1",
                "RETURN 1");
    }
}
