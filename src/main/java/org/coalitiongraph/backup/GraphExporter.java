package org.coalitiongraph.backup;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.ingest.CurrentRecords;
import org.coalitiongraph.ingest.ImportDocument;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;
import org.springframework.stereotype.Service;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the graph back into the import format (v1): every record with all its properties and
 * links, so that importing the result into an empty database rebuilds the same graph. Records come
 * in id order and every list inside a record is sorted by id, so two exports of one graph are
 * identical. Each list is read by one file in {@code cypher/export/}, all in one read transaction.
 */
@Service
public final class GraphExporter implements CurrentRecords {

    /** The node labels and relationship types the import format carries. */
    static final Set<String> EXPORTED_LABELS = Set.of("Dataset", "Source", "Actor", "State", "Organisation",
            "Person", "Session", "Issue", "Grouping", "Statement", "AuditEntry");
    static final Set<String> EXPORTED_TYPES = Set.of("WORKS_FOR", "BROADER", "MEMBER_OF", "AT", "CONCERNS",
            "DELIVERED_BY", "ON_BEHALF_OF", "ADDRESSED_TO", "COUNTERS", "CITES", "SIGNED", "VOTED");

    /**
     * Labels left out of a backup on purpose; anything else the format does not carry is reported by
     * {@link #notExported()}. Migration records are schema bookkeeping that every start recreates.
     * A new label gets a {@link RecordList}, its {@code cypher/export/} file and its
     * {@code cypher/ingest/} writer, or a place on this list with the reason.
     */
    static final Set<String> LEFT_OUT_LABELS = Set.of("Migration");

    /** Strict: a property a Cypher file returns but the record lacks is a mistake, not data to drop. */
    private static final JsonMapper RECORDS = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A time keeps the offset the graph has for it (Dataset.loadedAt), as ImportReader does.
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private final Driver driver;
    private final CypherQueries queries;
    private final GraphContents contents;

    public GraphExporter(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
        this.contents = new GraphContents(driver, queries);
    }

    /** The whole graph as one document, in memory; {@link #exportTo} streams a large one. */
    public ImportDocument export() {
        var document = new DocumentCollector();
        read(null, document);
        return document.document();
    }

    /**
     * Exactly the records with these ids, whatever their kind (a dataset, a state, a statement…),
     * each as a whole export would give it; ids that name no record are simply absent. Cheap for a
     * handful of ids: each list is an index lookup.
     */
    public ImportDocument export(Collection<String> ids) {
        Objects.requireNonNull(ids, "ids");
        var document = new DocumentCollector();
        read(List.copyOf(new TreeSet<>(ids)), document);
        return document.document();
    }

    /**
     * Writes the whole graph to {@code out} as a JSON document in the import format, record by
     * record as it is read. The stream is flushed, not closed. On failure the output stops short
     * and is not valid JSON, so it cannot be mistaken for a complete backup.
     */
    public RecordCounts exportTo(OutputStream out) {
        var json = new BackupJson(out);
        read(null, json);
        return json.finish();
    }

    /**
     * What the graph holds that a backup does not carry (besides {@link #LEFT_OUT_LABELS}), e.g.
     * {@code "3 nodes labelled Note"}; empty when a backup holds everything.
     */
    List<String> notExported() {
        var missing = new ArrayList<String>();
        contents.nodesByLabel().forEach((label, count) -> {
            if (!EXPORTED_LABELS.contains(label) && !LEFT_OUT_LABELS.contains(label)) {
                missing.add(count + " nodes labelled " + label);
            }
        });
        contents.relationshipsByType().forEach((type, count) -> {
            if (!EXPORTED_TYPES.contains(type)) {
                missing.add(count + " relationships of type " + type);
            }
        });
        return missing;
    }

    /** The records with these ids as the given transaction sees them: an edit reads what it changes in its own transaction. */
    @Override
    public ImportDocument export(SimpleQueryRunner tx, Collection<String> ids) {
        var document = new DocumentCollector();
        var parameters = Collections.<String, Object>singletonMap("ids", List.copyOf(new TreeSet<>(ids)));
        for (var list : RecordList.ALL) {
            readList(tx, list, parameters, document);
        }
        return document.document();
    }

    /** @param ids null for every record */
    private void read(List<String> ids, RecordSink sink) {
        var parameters = Collections.<String, Object>singletonMap("ids", ids);
        // One explicit transaction, not a managed one: a managed one is retried, and a retry would
        // write the records already streamed a second time.
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
                var tx = session.beginTransaction()) {
            for (var list : RecordList.ALL) {
                readList(tx, list, parameters, sink);
            }
            tx.commit();
        }
    }

    private <T> void readList(SimpleQueryRunner tx, RecordList<T> list, Map<String, Object> parameters, RecordSink sink) {
        sink.beginList(list);
        var rows = tx.run(queries.get(list.query()), parameters);
        while (rows.hasNext()) {
            sink.record(list, record(list, rows.next().get("record").asMap()));
        }
    }

    private static <T> T record(RecordList<T> list, Map<String, Object> row) {
        return RECORDS.convertValue(list == RecordList.STATEMENTS ? withMarkerLegend(row) : row, list.type());
    }

    /** The legend as the format has it, a map in the order of the two parallel lists the graph keeps. */
    private static Map<String, Object> withMarkerLegend(Map<String, Object> row) {
        var statement = new LinkedHashMap<>(row);
        var symbols = (List<?>) statement.remove("markerSymbols");
        var meanings = (List<?>) statement.remove("markerMeanings");
        var markers = new LinkedHashMap<Object, Object>();
        if (symbols != null || meanings != null) {
            if (symbols == null || meanings == null || symbols.size() != meanings.size()) {
                throw new IllegalStateException("Statement " + row.get("id") + " has marker symbols " + symbols
                        + " but marker meanings " + meanings + "; they must be two lists of the same length");
            }
            for (int i = 0; i < symbols.size(); i++) {
                markers.put(symbols.get(i), meanings.get(i));
            }
        }
        statement.put("markers", markers);
        return statement;
    }
}
