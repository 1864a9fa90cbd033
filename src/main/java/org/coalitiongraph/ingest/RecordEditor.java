package org.coalitiongraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.coalitiongraph.audit.AuditLog;
import org.coalitiongraph.audit.Write;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.graph.GraphChanged;
import org.coalitiongraph.graph.RequestTransactions;
import org.coalitiongraph.web.InvalidArgumentException;
import org.coalitiongraph.web.NotFoundException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates, changes and deletes single records, as the basic mutations do. An edit goes through the
 * same strict reading and whole validation as an import, then writes the record, replacing the
 * edges it holds, and its audit entry in one transaction. Updates change only the fields given;
 * the entry keeps the record as it was, so that nothing is lost without a trace.
 */
@Service
public final class RecordEditor {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ARGUMENT = "input";

    private final Driver driver;
    private final CypherQueries queries;
    private final CurrentRecords current;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ImportWriter writer;
    /** An edit is a request like any other: it gets the request time limit. */
    private final TransactionConfig requestLimit;

    public RecordEditor(Driver driver, CypherQueries queries, CurrentRecords current,
            AuditLog audit, ApplicationEventPublisher events, RequestTransactions.Properties limits) {
        this.driver = driver;
        this.queries = queries;
        this.current = current;
        this.audit = audit;
        this.events = events;
        this.writer = new ImportWriter(driver, queries);
        this.requestLimit = TransactionConfig.builder().withTimeout(limits.transactionTimeout()).build();
    }

    /**
     * @param input the record's fields as the import format names them
     * @return the new node's id
     */
    public String create(RecordKind kind, Map<String, Object> input, Write write) {
        var id = idOf(input);
        var document = parse(kind, new LinkedHashMap<>(input));
        try {
            inWriteTransaction(write, id, tx -> {
                if (run(tx, "ingest/claim-id", kind, id).get("created").asLong() == 0) {
                    throw alreadyExists(id);
                }
                validate(tx, kind, document);
                writer.write(tx, document);
                audit.record(tx, write, List.of(id), input, null);
            });
        } catch (ClientException e) {
            if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                throw alreadyExists(id);
            }
            throw e;
        }
        return id;
    }

    /** Changes the fields given in {@code input}; a field given as null is cleared, one left out is kept. */
    public String update(RecordKind kind, Map<String, Object> input, Write write) {
        var id = idOf(input);
        return change(kind, id, ARGUMENT + ".id", record -> {
            record.putAll(input);
            return record;
        }, input, write);
    }

    /**
     * Changes a record by a function of its current fields, e.g. adding one signature to a statement.
     * The record is locked, read, changed, validated and written in one transaction: concurrent edits
     * of one record run one after the other, and none is lost.
     *
     * @param argument the argument that named the record, for a NOT_FOUND error
     */
    public String change(RecordKind kind, String id, String argument, UnaryOperator<Map<String, Object>> change,
            Object input, Write write) {
        inWriteTransaction(write, id, tx -> {
            var before = lockedRecord(tx, kind, id, argument);
            var document = parse(kind, change.apply(new LinkedHashMap<>(before)));
            validate(tx, kind, document);
            writer.unlinkOwned(tx, kind, List.of(id));
            writer.write(tx, document);
            audit.record(tx, write, List.of(id), input, before);
        });
        return id;
    }

    /** Deletes a node with the edges its record holds; refused while other records point at it. */
    public void delete(RecordKind kind, String id, Write write) {
        inWriteTransaction(write, id, tx -> {
            var before = lockedRecord(tx, kind, id, "id");
            var references = tx.run(queries.get("ingest/references"), ownership(kind, id)).list(
                    row -> row.get("type").asString() + " " + row.get("other").asString());
            if (!references.isEmpty()) {
                throw new InvalidArgumentException("id", "'" + id + "' is still referred to by "
                        + references.size() + " edge(s) (" + String.join(", ", references.stream().limit(5).toList())
                        + (references.size() > 5 ? ", …" : "") + "); remove those first");
            }
            tx.run(queries.get("ingest/delete-node"), Map.of("label", kind.label(), "id", id)).consume();
            audit.record(tx, write, List.of(id), Map.of("id", id), before);
        });
    }

    private void inWriteTransaction(Write write, String id, Consumer<TransactionContext> work) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(work, requestLimit);
        }
        events.publishEvent(new GraphChanged(write.operation() + " " + id));
    }

    private Map<String, Object> lockedRecord(TransactionContext tx, RecordKind kind, String id, String argument) {
        if (run(tx, "ingest/lock-node", kind, id).get("found").asLong() == 0) {
            throw new NotFoundException(argument, id);
        }
        return recordOf(kind, current.export(tx, List.of(id)));
    }

    private void validate(TransactionContext tx, RecordKind kind, ImportDocument document) {
        var problems = ImportValidator.validate(document, (label, ids) -> new HashSet<>(
                tx.run(queries.get("queries/filter/unknown-ids"), Map.of("label", label, "ids", ids))
                        .list(row -> row.get("id").asString())));
        if (!problems.isEmpty()) {
            throw invalid(kind, new InvalidImportException(ARGUMENT, problems));
        }
    }

    private org.neo4j.driver.Record run(TransactionContext tx, String query, RecordKind kind, String id) {
        return tx.run(queries.get(query), Map.of("label", kind.label(), "id", id)).single();
    }

    private static InvalidArgumentException alreadyExists(String id) {
        return new InvalidArgumentException(ARGUMENT + ".id", "'" + id + "' already exists; update it instead");
    }

    private ImportDocument parse(RecordKind kind, Map<String, Object> record) {
        var json = JSON.writeValueAsBytes(Map.of("format", ImportDocument.FORMAT_V1, kind.list(), List.of(record)));
        try {
            return ImportReader.read(new ByteArrayInputStream(json), ARGUMENT);
        } catch (InvalidImportException e) {
            throw invalid(kind, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems are reported against the mutation's argument: {@code statements[0].title} becomes {@code input.title}. */
    private static InvalidArgumentException invalid(RecordKind kind, InvalidImportException e) {
        var prefix = kind.list() + "[0]";
        var problems = e.problems().stream()
                .map(problem -> new ImportProblem(problem.path().startsWith(prefix)
                        ? ARGUMENT + problem.path().substring(prefix.length()) : ARGUMENT, problem.message()))
                .toList();
        return new InvalidArgumentException(problems.getFirst().path(), problems.getFirst().message()
                + (problems.size() > 1 ? "; also " + String.join("; ", problems.stream().skip(1).map(ImportProblem::toString).toList()) : ""));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> recordOf(RecordKind kind, ImportDocument document) {
        return JSON.convertValue(kind.records(document).getFirst(), LinkedHashMap.class);
    }

    private static String idOf(Map<String, Object> input) {
        if (!(input.get("id") instanceof String id) || id.isBlank()) {
            throw new InvalidArgumentException(ARGUMENT + ".id", "is required");
        }
        if (id.length() > ImportValidator.MAX_ID) {
            throw new InvalidArgumentException(ARGUMENT + ".id", "is longer than " + ImportValidator.MAX_ID + " characters");
        }
        return id;
    }

    private static Map<String, Object> ownership(RecordKind kind, String id) {
        return Map.of("label", kind.label(), "id", id,
                "ownedOutgoing", List.copyOf(kind.ownedOutgoing()), "ownedIncoming", List.copyOf(kind.ownedIncoming()));
    }
}
