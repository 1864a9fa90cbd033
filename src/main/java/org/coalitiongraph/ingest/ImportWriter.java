package org.coalitiongraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.coalitiongraph.graph.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a validated import document in one transaction: all of it or nothing. Every write is a
 * MERGE on ids, so writing the same document again changes nothing. Nodes go first, then the
 * edges between them, each kind by one file in {@code cypher/ingest/} over a batch of rows.
 */
final class ImportWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Driver driver;
    private final CypherQueries queries;

    ImportWriter(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    /** Writes the document and then does {@code alsoInTransaction}, e.g. its audit entry: all of it or nothing. */
    void write(ImportDocument document, Consumer<TransactionContext> alsoInTransaction) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                write(tx, document);
                alsoInTransaction.accept(tx);
            });
        }
    }

    void write(TransactionContext tx, ImportDocument document) {
        batches(document).forEach((query, rows) -> run(tx, query, rows));
    }

    /** Removes the edges the records hold, so that writing them again replaces rather than adds. */
    void unlinkOwned(TransactionContext tx, RecordKind kind, List<String> ids) {
        tx.run(queries.get("ingest/unlink-owned"), Map.of("label", kind.label(), "ids", ids,
                "ownedOutgoing", List.copyOf(kind.ownedOutgoing()),
                "ownedIncoming", List.copyOf(kind.ownedIncoming()))).consume();
    }

    private void run(TransactionContext tx, String query, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            tx.run(queries.get("ingest/" + query), Map.of("rows", rows)).consume();
        }
    }

    private static Map<String, List<Map<String, Object>>> batches(ImportDocument d) {
        var batches = new LinkedHashMap<String, List<Map<String, Object>>>();
        batches.put("merge-sources", rows(d.sources()));
        batches.put("merge-states", rows(d.states()));
        batches.put("merge-organisations", rows(d.organisations()));
        batches.put("merge-people", rows(d.people()));
        batches.put("merge-sessions", rows(d.sessions()));
        batches.put("merge-issues", rows(d.issues()));
        batches.put("merge-groupings", rows(d.groupings()));
        batches.put("merge-statements", d.statements().stream().map(ImportWriter::statementRow).toList());

        batches.put("link-works-for", flat(d.people(), p -> p.affiliations().stream()
                .map(a -> row("person", p.id(), "organisation", a.organisation(), "role", a.role(),
                        "from", text(a.from()), "to", text(a.to())))));
        batches.put("link-broader", flat(d.issues(), i -> i.broader().stream()
                .map(b -> row("issue", i.id(), "broader", b))));
        batches.put("link-member-of", flat(d.groupings(), g -> g.members().stream()
                .map(m -> row("state", m.state(), "grouping", g.id(), "from", text(m.from()), "to", text(m.to())))));
        batches.put("link-at", d.statements().stream().filter(s -> s.session() != null)
                .map(s -> row("statement", s.id(), "session", s.session())).toList());
        batches.put("link-concerns", flat(d.statements(), s -> s.issues().stream()
                .map(i -> row("statement", s.id(), "issue", i.issue(), "stance", i.stance()))));
        batches.put("link-delivered-by", flat(d.statements(), s -> s.deliveredBy().stream()
                .map(a -> row("statement", s.id(), "actor", a))));
        batches.put("link-on-behalf-of", flat(d.statements(), s -> s.onBehalfOf().stream()
                .map(g -> row("statement", s.id(), "grouping", g))));
        batches.put("link-addressed-to", flat(d.statements(), s -> s.addressedTo().stream()
                .map(t -> row("statement", s.id(), "target", t))));
        batches.put("link-counters", flat(d.statements(), s -> s.counters().stream()
                .map(c -> row("statement", s.id(), "countered", c))));
        batches.put("link-cites", flat(d.statements(), s -> s.sources().stream()
                .map(src -> row("statement", s.id(), "source", src))));
        batches.put("link-signed", flat(d.statements(), s -> s.signatories().stream()
                .map(g -> row("statement", s.id(), "actor", g.actor(), "role", g.role().name(),
                        "marker", g.marker(), "source", g.source()))));
        batches.put("link-voted", flat(d.statements(), s -> s.votes().stream()
                .map(v -> row("statement", s.id(), "actor", v.actor(), "vote", v.vote()))));
        batches.put("merge-audit-entries", rows(d.auditLog()));
        batches.put("merge-datasets", d.datasets().stream()
                .map(ds -> row("id", ds.id(), "version", ds.version(), "title", ds.title(),
                        "description", ds.description(), "loadedAt", text(ds.loadedAt())))
                .toList());
        if (d.dataset() != null) {
            batches.put("record-dataset", List.of(row("id", d.dataset().id(), "version", d.dataset().version(),
                    "title", d.dataset().title(), "description", d.dataset().description())));
        }
        return batches;
    }

    private static Map<String, Object> statementRow(ImportDocument.StatementRecord s) {
        var row = rowOf(s);
        // A node property cannot hold a map: the marker legend is kept as two parallel lists.
        row.put("markerSymbols", List.copyOf(s.markers().keySet()));
        row.put("markerMeanings", List.copyOf(s.markers().values()));
        return row;
    }

    private static <T> List<Map<String, Object>> rows(List<T> records) {
        return records.stream().map(ImportWriter::rowOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rowOf(Object record) {
        return new HashMap<>(JSON.convertValue(record, Map.class));
    }

    private static <T> List<Map<String, Object>> flat(List<T> items,
            Function<T, java.util.stream.Stream<Map<String, Object>>> expand) {
        var rows = new ArrayList<Map<String, Object>>();
        items.forEach(item -> expand.apply(item).forEach(rows::add));
        return rows;
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        var row = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
