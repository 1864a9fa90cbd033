package org.coalitiongraph.actor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.coalitiongraph.audit.AuditLog;
import org.coalitiongraph.audit.Write;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.graph.GraphChanged;
import org.coalitiongraph.graph.RequestTransactions;
import org.coalitiongraph.ingest.CurrentRecords;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.web.InvalidArgumentException;
import org.coalitiongraph.web.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Merges two actors found to be the same into one: every edge of the merged actor moves to the kept
 * one, its names become aliases of the kept one, its id keeps finding it, and the node goes. One
 * transaction locks both, reads them as they were for the audit entry, checks, writes, and records
 * the entry: a merge is whole or not at all.
 */
@Service
public final class ActorMerger {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Roll calls named in a refusal: enough to check by hand, few enough to read. */
    private static final int NAMED_ROLL_CALLS = 5;

    private final Driver driver;
    private final CypherQueries queries;
    private final CurrentRecords current;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    /** A merge is a request like any other: it gets the request time limit. */
    private final TransactionConfig requestLimit;

    public ActorMerger(Driver driver, CypherQueries queries, CurrentRecords current, AuditLog audit,
            ApplicationEventPublisher events, RequestTransactions.Properties limits) {
        this.driver = driver;
        this.queries = queries;
        this.current = current;
        this.audit = audit;
        this.events = events;
        this.requestLimit = TransactionConfig.builder().withTimeout(limits.transactionTimeout()).build();
    }

    /** Merges {@code merge} into {@code keep}; refused, with nothing written, where the two are not one actor. */
    public void merge(String keep, String merge, Write write) {
        if (keep.equals(merge)) {
            throw new InvalidArgumentException("merge", "'" + merge + "' is keep itself; name two different actors");
        }
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> merge(tx, keep, merge, write), requestLimit);
        }
        events.publishEvent(new GraphChanged(write.operation() + " " + merge + " into " + keep));
    }

    private void merge(TransactionContext tx, String keep, String merge, Write write) {
        // In id order: two merges of one pair the other way round then wait for each other instead
        // of deadlocking, and the second finds one of its actors gone.
        for (var id : new TreeSet<>(List.of(keep, merge))) {
            if (tx.run(queries.get("ingest/lock-node"), Map.of("label", "Actor", "id", id)).single()
                    .get("found").asLong() == 0) {
                throw new NotFoundException(id.equals(keep) ? "keep" : "merge", "actor", id);
            }
        }
        var pair = Map.<String, Object>of("keep", keep, "merge", merge);
        refuseSharedVotes(tx, pair);
        var twins = tx.run(queries.get("merge-actors/twin-edges"), pair).single().get("ids").asList(v -> v.asString(null));
        // Both actors, and the records whose two edges to them become one, as they were: with the
        // moved edges (all of merge's, to keep) this is everything needed to see or undo the merge.
        var before = current.export(tx, ids(keep, merge, twins));
        var kept = MergedNames.of(before, keep).orElseThrow(() -> new NotFoundException("keep", "actor", keep));
        var merged = MergedNames.of(before, merge).orElseThrow(() -> new NotFoundException("merge", "actor", merge));
        if (kept.kind() != merged.kind()) {
            throw new InvalidArgumentException("merge", "'" + keep + "' is " + article(kept.kind()) + " and '" + merge
                    + "' " + article(merged.kind()) + "; only actors of one kind merge");
        }

        tx.run(queries.get("merge-actors/move-edges"), pair).consume();
        var names = new LinkedHashMap<String, Object>(pair);
        names.put("aliases", kept.aliasesWith(merged));
        names.put("mergedIds", kept.mergedIdsWith(merged));
        tx.run(queries.get("merge-actors/finish"), names).consume();
        audit.record(tx, write, List.of(keep, merge), pair, compact(before));
    }

    /** Two voters of one roll call are two actors, whatever their names say. */
    private void refuseSharedVotes(TransactionContext tx, Map<String, Object> pair) {
        var parameters = new LinkedHashMap<>(pair);
        parameters.put("named", NAMED_ROLL_CALLS);
        var row = tx.run(queries.get("merge-actors/shared-votes"), parameters).single();
        var shared = row.get("shared").asLong();
        if (shared > 0) {
            var named = row.get("named").asList(v -> v.asString());
            throw new InvalidArgumentException("merge", "'" + pair.get("keep") + "' and '" + pair.get("merge")
                    + "' both voted in " + shared + " roll call" + (shared == 1 ? "" : "s") + " ("
                    + String.join(", ", named) + (shared > named.size() ? ", …" : "")
                    + "); two voters of one roll call are two actors, never one");
        }
    }

    private static Collection<String> ids(String keep, String merge, List<String> others) {
        var ids = new TreeSet<String>(List.of(keep, merge));
        others.stream().filter(id -> id != null).forEach(ids::add);
        return ids;
    }

    /** The document as the audit entry keeps it: only the lists that hold records. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> compact(ImportDocument document) {
        Map<String, Object> map = JSON.convertValue(document, LinkedHashMap.class);
        map.values().removeIf(value -> value == null || value instanceof Collection<?> list && list.isEmpty());
        return map;
    }

    private static String article(ActorKind kind) {
        return switch (kind) {
            case STATE -> "a state";
            case ORGANISATION -> "an organisation";
        };
    }
}
