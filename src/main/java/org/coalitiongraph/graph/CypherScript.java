package org.coalitiongraph.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * A file of several Cypher statements separated by semicolons at line ends, as schema and
 * migration files are written. Line comments are dropped.
 */
public final class CypherScript {

    private CypherScript() {
    }

    public static List<String> statements(String script) {
        var statements = new ArrayList<String>();
        var current = new StringBuilder();
        for (var line : script.split("\\R")) {
            var trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                add(statements, current);
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        var statement = current.toString().strip();
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
