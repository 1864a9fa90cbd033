package org.coalitiongraph.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coalitiongraph.graph.CypherQueries;
import org.neo4j.driver.TransactionContext;
import org.neo4j.graphdb.Transaction;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records who wrote what, when and from where, inside the transaction of the write itself, so that
 * no write commits without its entry. Updates and deletes keep the record as it was before, so that
 * nothing is lost without a trace.
 */
@Component
public final class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CypherQueries queries;

    public AuditLog(CypherQueries queries) {
        this.queries = queries;
    }

    /**
     * @param targets   the ids of the nodes written
     * @param input     what the caller sent (anything Jackson writes as JSON), or null
     * @param before    the records as they were before the write, or null for a creation
     */
    public void record(TransactionContext tx, Write write, List<String> targets, Object input, Object before) {
        tx.run(queries.get("audit/record"), parameters(write, targets, input, before)).consume();
    }

    /**
     * As {@link #record(TransactionContext, Write, List, Object, Object)}, in a transaction of the embedded
     * database's own API (bulk writes that bypass Bolt for speed).
     */
    public void record(Transaction tx, Write write, List<String> targets, Object input, Object before) {
        tx.execute(queries.get("audit/record"), parameters(write, targets, input, before)).close();
    }

    private static Map<String, Object> parameters(Write write, List<String> targets, Object input, Object before) {
        var caller = write.caller();
        var parameters = new HashMap<String, Object>();
        parameters.put("id", "audit:" + UUID.randomUUID());
        parameters.put("who", caller.name());
        parameters.put("role", caller.role().map(Enum::name).orElse(null));
        parameters.put("origin", caller.origin());
        parameters.put("operation", write.operation());
        parameters.put("targets", List.copyOf(targets));
        parameters.put("input", input == null ? null : JSON.writeValueAsString(input));
        parameters.put("before", before == null ? null : JSON.writeValueAsString(before));
        return parameters;
    }
}
