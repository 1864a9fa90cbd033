package org.coalitiongraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coalitiongraph.audit.AuditLog;
import org.coalitiongraph.audit.Write;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.graph.GraphChanged;
import org.coalitiongraph.security.Caller;
import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports documents in the project's JSON format: read strictly, validated whole, then written in
 * one transaction. A document with any problem writes nothing and reports every problem with its path.
 */
@Service
public final class GraphImporter {

    /** The operation of a restore: the one import that may carry an audit log. */
    public static final String RESTORE = "restore";

    private final Driver driver;
    private final CypherQueries queries;
    private final ImportWriter writer;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    public GraphImporter(Driver driver, CypherQueries queries, ApplicationEventPublisher events, AuditLog audit) {
        this.driver = driver;
        this.queries = queries;
        this.writer = new ImportWriter(driver, queries);
        this.events = events;
        this.audit = audit;
    }

    /**
     * @param name how to call the document in messages, e.g. its file name
     * @throws InvalidImportException when the document is malformed or invalid; nothing is written then
     */
    public ImportDocument importJson(InputStream json, String name) throws IOException {
        return importJson(json, name, new Write(Caller.system(name), "import"));
    }

    /** @param write who imports and how, for the audit log */
    public ImportDocument importJson(InputStream json, String name, Write write) throws IOException {
        var document = ImportReader.read(json, name);
        importDocument(document, name, write);
        return document;
    }

    /** Imports as the service itself, e.g. a dataset loaded at start. */
    public void importDocument(ImportDocument document, String name) {
        importDocument(document, name, new Write(Caller.system(name), "import"));
    }

    public void importDocument(ImportDocument document, String name, Write write) {
        if (!document.auditLog().isEmpty() && !RESTORE.equals(write.operation())) {
            // The audit log is history: only a restore into an empty database may bring it back.
            throw new InvalidImportException(name, List.of(new ImportProblem("auditLog",
                    "only a restore into an empty database may carry an audit log; leave it out of imports")));
        }
        validate(document, name);
        writer.write(document, tx -> audit.record(tx, write, ImportSummary.targets(document), ImportSummary.of(document, name), null));
        events.publishEvent(new GraphChanged("import " + name));
    }

    /** @throws InvalidImportException listing every problem of the document, each with its path */
    public void validate(ImportDocument document, String name) {
        var problems = ImportValidator.validate(document, this::missing);
        if (!problems.isEmpty()) {
            throw new InvalidImportException(name, problems);
        }
    }

    private Set<String> missing(String label, Collection<String> ids) {
        var missing = driver.executableQuery(queries.get("queries/filter/unknown-ids"))
                .withParameters(Map.of("label", label, "ids", ids))
                .execute().records().stream()
                .map(record -> record.get("id").asString())
                .toList();
        return new HashSet<>(missing);
    }
}
