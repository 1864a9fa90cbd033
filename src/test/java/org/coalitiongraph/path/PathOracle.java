package org.coalitiongraph.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.graph.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Holds an answer of {@code path} to the plain Cypher answers of {@code cypher/oracle/path-*.cypher}:
 * the same number of hops, the chain the tie rule picks among all shortest chains, and steps that
 * list exactly the statements both actors signed within the filter, newest first.
 */
public final class PathOracle {

    private final Driver driver;
    private final CypherQueries queries;

    public PathOracle(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    /** The oracle's number of hops, or null when no chain links the two. */
    public Integer hops(String from, String to, List<String> statements, List<String> actorLabels) {
        var value = run("oracle/path-length", params(from, to, statements, actorLabels)).getFirst().get("hops");
        return value.isNull() ? null : value.asInt();
    }

    /**
     * Checks an answer (the {@code path} field as a map) against the oracle.
     *
     * @return the number of hops, or null when no chain
     */
    @SuppressWarnings("unchecked")
    public Integer check(Map<String, Object> path, String from, String to, List<String> statements,
            List<String> actorLabels, String description) {
        var hops = hops(from, to, statements, actorLabels);
        assertThat((Integer) path.get("hops")).as("hops of %s", description).isEqualTo(hops);
        assertThat(path.get("found")).as("found of %s", description).isEqualTo(hops != null);
        assertThat(id(path.get("from"))).as(description).isEqualTo(from);
        assertThat(id(path.get("to"))).as(description).isEqualTo(to);
        var actors = ((List<Map<String, Object>>) path.get("actors")).stream().map(PathOracle::id).toList();
        var steps = (List<Map<String, Object>>) path.get("steps");
        if (hops == null) {
            assertThat(actors).as(description).isEmpty();
            assertThat(steps).as(description).isEmpty();
            return null;
        }
        var chains = run("oracle/path-first-chain", params(from, to, statements, actorLabels));
        assertThat(actors).as("the chain of %s (the tie rule)", description)
                .isEqualTo(chains.getFirst().get("actors").asList(Value::asString));
        assertThat(steps).as(description).hasSize(hops);
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            assertThat(id(step.get("from"))).as("step %d of %s", i, description).isEqualTo(actors.get(i));
            assertThat(id(step.get("to"))).as("step %d of %s", i, description).isEqualTo(actors.get(i + 1));
            var listed = ((List<Map<String, Object>>) step.get("statements")).stream().map(PathOracle::id).toList();
            var parameters = new HashMap<String, Object>();
            parameters.put("a", actors.get(i));
            parameters.put("b", actors.get(i + 1));
            parameters.put("statements", statements);
            var together = run("oracle/path-step", parameters).stream().map(r -> r.get("id").asString()).toList();
            assertThat(listed).as("statements of step %d of %s", i, description).isNotEmpty().isEqualTo(together);
            assertThat(step.get("count")).as("count of step %d of %s", i, description).isEqualTo(together.size());
        }
        return hops;
    }

    private List<org.neo4j.driver.Record> run(String query, Map<String, Object> parameters) {
        return driver.executableQuery(queries.get(query)).withParameters(parameters).execute().records();
    }

    private static Map<String, Object> params(String from, String to, List<String> statements, List<String> actorLabels) {
        var parameters = new HashMap<String, Object>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("statements", statements);
        parameters.put("actorLabels", actorLabels);
        return parameters;
    }

    @SuppressWarnings("unchecked")
    private static String id(Object node) {
        return (String) ((Map<String, Object>) node).get("id");
    }
}
