package org.coalitiongraph.opposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.graph.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * An answer of {@code opposition} and the plain Cypher answer of {@code cypher/oracle/opposition-*.cypher}
 * in one comparable form: a line per fact, in the answer's order.
 */
final class OppositionOracle {

    private final Driver driver;
    private final CypherQueries queries;

    OppositionOracle(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    /** The oracle's answer as lines. */
    List<String> expected(String statement, List<String> statements, List<String> actorLabels) {
        var parameters = new HashMap<String, Object>();
        parameters.put("statement", statement);
        parameters.put("statements", statements);
        parameters.put("actorLabels", actorLabels);
        var lines = new ArrayList<String>();
        var head = run("oracle/opposition-statement", parameters).getFirst();
        lines.add("counters " + head.get("counters").asList(Value::asString));
        lines.add("counteredBy " + head.get("counteredBy").asList(Value::asString));
        var sides = run("oracle/opposition-sides", parameters);
        var changes = run("oracle/opposition-changes", parameters);
        for (var issueLine : head.get("issues").asList(Value::asString)) {
            var issue = issueLine.substring(0, issueLine.indexOf(' '));
            lines.add("issue " + issueLine);
            int total = 0;
            for (var side : sides) {
                if (!side.get("issue").asString().equals(issue)) {
                    continue;
                }
                var ids = side.get("statements").asList(Value::asString);
                if (side.get("stance").isNull()) {
                    lines.add("without " + issue + " " + ids.size());
                } else {
                    total += ids.size();
                    lines.add("side " + issue + " " + side.get("stance").asString() + " statements=" + ids
                            + " actors=" + side.get("actors").asList(Value::asString));
                }
            }
            lines.add("total " + issue + " " + total);
            for (var changer : changes) {
                if (changer.get("issue").asString().equals(issue)) {
                    lines.add("changer " + issue + " " + changer.get("actor").asString() + " "
                            + changer.get("statementCount").asInt() + " " + changer.get("changes").asList(Value::asString));
                }
            }
        }
        return lines;
    }

    /** The GraphQL answer (the {@code opposition} field as a map) as lines, checking its counts on the way. */
    @SuppressWarnings("unchecked")
    static List<String> actual(Map<String, Object> opposition) {
        var lines = new ArrayList<String>();
        lines.add("counters " + ids((List<Object>) opposition.get("counters")));
        lines.add("counteredBy " + ids((List<Object>) opposition.get("counteredBy")));
        for (var entry : (List<Map<String, Object>>) opposition.get("issues")) {
            var issue = id(entry.get("issue"));
            var stance = (String) entry.get("stance");
            lines.add("issue " + issue + " " + (stance == null ? "-" : stance));
            int total = 0;
            for (var side : (List<Map<String, Object>>) entry.get("sides")) {
                var statements = ids((List<Object>) side.get("statements"));
                var actors = ((List<Map<String, Object>>) side.get("actors")).stream()
                        .map(a -> id(a.get("actor")) + " " + a.get("count")).toList();
                assertThat(side.get("statementCount")).as("statementCount of %s", side).isEqualTo(statements.size());
                assertThat(side.get("actorCount")).as("actorCount of %s", side).isEqualTo(actors.size());
                total += statements.size();
                lines.add("side " + issue + " " + side.get("stance") + " statements=" + statements + " actors=" + actors);
            }
            if ((Integer) entry.get("withoutStance") > 0) {
                // The oracle's null-stance group comes after the sides (nulls sort last).
                lines.add("without " + issue + " " + entry.get("withoutStance"));
            }
            assertThat(entry.get("statementCount")).as("statementCount of %s", issue).isEqualTo(total);
            lines.add("total " + issue + " " + entry.get("statementCount"));
            for (var changer : (List<Map<String, Object>>) entry.get("sideChangers")) {
                var changes = ((List<Map<String, Object>>) changer.get("changes")).stream()
                        .map(c -> c.get("from") + " " + id(c.get("fromStatement")) + " " + orDash(c.get("fromDate"))
                                + " > " + c.get("to") + " " + id(c.get("toStatement")) + " " + orDash(c.get("toDate"))
                                + (Boolean.TRUE.equals(c.get("countering")) ? " countering" : ""))
                        .toList();
                lines.add("changer " + issue + " " + id(changer.get("actor")) + " " + changer.get("statementCount")
                        + " " + changes);
            }
        }
        return lines;
    }

    private List<org.neo4j.driver.Record> run(String query, Map<String, Object> parameters) {
        return driver.executableQuery(queries.get(query)).withParameters(parameters).execute().records();
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static List<String> ids(List<Object> nodes) {
        return nodes.stream().map(OppositionOracle::id).toList();
    }

    @SuppressWarnings("unchecked")
    static String id(Object node) {
        return (String) ((Map<String, Object>) node).get("id");
    }
}
