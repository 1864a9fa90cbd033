package org.coalitiongraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * What an import would change, judged on content against the records the graph has: each record
 * of the import is merged into the graph's record of the same id, and only records that come out
 * different (or are new) are written. So the same content imported again — from another file, in
 * another key order, as CSV instead of JSON — writes nothing.
 * <p>
 * Merging adds and never takes away: a field given replaces the graph's value, a field left out
 * (or null) keeps it; lists gain what they lack, and an entry for the same actor, issue,
 * organisation or state (a signature, vote, stance, affiliation, membership) takes the fields given.
 * Removing is the mutations' work.
 */
final class ImportPlan {

    /** What identifies an entry of a list of a record, by the list's name. */
    private static final Map<String, String> KEYS = Map.of("signatories", "actor", "votes", "actor", "issues", "issue",
            "affiliations", "organisation", "members", "state");

    /** The fields the format requires of each kind of record. */
    private static final Map<RecordKind, List<String>> REQUIRED = Map.of(RecordKind.SOURCE, List.of("title"),
            RecordKind.STATE, List.of("name"), RecordKind.ORGANISATION, List.of("name"), RecordKind.PERSON, List.of("name"),
            RecordKind.SESSION, List.of("body"), RecordKind.ISSUE, List.of("name"), RecordKind.GROUPING,
            List.of("name", "kind"), RecordKind.STATEMENT, List.of("title", "kind"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<RecordKind, List<Object>> written = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, List<Object>> before = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, List<String>> changed = new EnumMap<>(RecordKind.class);
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    private ImportPlan() {
        for (var kind : RecordKind.values()) {
            counts.put(kind.list(), new int[3]);
        }
        counts.put("signatures", new int[3]);
        counts.put("votes", new int[3]);
    }

    /**
     * @param input      the import, validated
     * @param current    the graph's records with the import's ids
     * @param createOnly ids of records to write only where the graph has none
     */
    static ImportPlan of(ImportDocument input, ImportDocument current, Set<String> createOnly) {
        var plan = new ImportPlan();
        for (var kind : RecordKind.values()) {
            var graph = new LinkedHashMap<String, Object>();
            kind.records(current).forEach(record -> graph.put(ImportSummary.idOf(record), record));
            for (var record : kind.records(input)) {
                plan.plan(kind, record, graph.get(ImportSummary.idOf(record)), createOnly);
            }
        }
        return plan;
    }

    private void plan(RecordKind kind, Object record, Object current, Set<String> createOnly) {
        var count = counts.get(kind.list());
        if (current == null) {
            count[0]++;
            written.computeIfAbsent(kind, k -> new ArrayList<>()).add(record);
            if (kind == RecordKind.STATEMENT) {
                var statement = (ImportDocument.StatementRecord) record;
                counts.get("signatures")[0] += statement.signatories().size();
                counts.get("votes")[0] += statement.votes().size();
            }
            return;
        }
        var was = map(current);
        if (createOnly.contains(ImportSummary.idOf(record))) {
            count[1]++;
            return;
        }
        var merged = merge(was, map(record));
        if (kind == RecordKind.STATEMENT) {
            countEntries("signatures", was.get("signatories"), merged.get("signatories"));
            countEntries("votes", was.get("votes"), merged.get("votes"));
        }
        if (merged.equals(was)) {
            count[1]++;
            return;
        }
        count[2]++;
        written.computeIfAbsent(kind, k -> new ArrayList<>()).add(JSON.convertValue(merged, record.getClass()));
        before.computeIfAbsent(kind, k -> new ArrayList<>()).add(current);
        changed.computeIfAbsent(kind, k -> new ArrayList<>()).add(ImportSummary.idOf(record));
    }

    /** Signatures (or votes) of a statement the graph has: new, the same, or changed, by actor. */
    private void countEntries(String name, Object was, Object now) {
        var count = counts.get(name);
        var old = new LinkedHashMap<Object, Object>();
        for (var entry : list(was)) {
            old.put(((Map<?, ?>) entry).get("actor"), entry);
        }
        for (var entry : list(now)) {
            var earlier = old.get(((Map<?, ?>) entry).get("actor"));
            count[earlier == null ? 0 : earlier.equals(entry) ? 1 : 2]++;
        }
    }

    /**
     * The import with the fields the format requires (a statement's title and kind, a state's
     * name…) taken from the graph's record where the import leaves them out: a record already in
     * the graph may be given by its id and what is new about it, e.g. a CSV row adding a signatory.
     */
    static ImportDocument withRequiredFieldsFrom(ImportDocument input, ImportDocument current) {
        var byKind = new EnumMap<RecordKind, List<Object>>(RecordKind.class);
        for (var kind : RecordKind.values()) {
            var graph = new LinkedHashMap<String, Object>();
            kind.records(current).forEach(record -> graph.put(ImportSummary.idOf(record), record));
            var records = new ArrayList<Object>();
            for (var record : kind.records(input)) {
                var known = record == null ? null : graph.get(ImportSummary.idOf(record));
                records.add(known == null ? record : withFields(record, known, REQUIRED.get(kind)));
            }
            byKind.put(kind, records);
        }
        return new ImportDocument(input.format(), input.dataset(), input.datasets(), get(byKind, RecordKind.SOURCE),
                get(byKind, RecordKind.STATE), get(byKind, RecordKind.ORGANISATION), get(byKind, RecordKind.PERSON),
                get(byKind, RecordKind.SESSION), get(byKind, RecordKind.ISSUE), get(byKind, RecordKind.GROUPING),
                get(byKind, RecordKind.STATEMENT), input.auditLog());
    }

    private static Object withFields(Object record, Object known, List<String> fields) {
        var given = map(record);
        var graph = map(known);
        boolean filled = false;
        for (var field : fields) {
            if (given.get(field) == null && graph.get(field) != null) {
                given.put(field, graph.get(field));
                filled = true;
            }
        }
        return filled ? JSON.convertValue(given, record.getClass()) : record;
    }

    /** The records to write: new ones as given, changed ones as merged. */
    ImportDocument toWrite() {
        return documentOf(written);
    }

    /** The graph's records that the import changes, as they were: for the audit log. */
    ImportDocument before() {
        return documentOf(before);
    }

    /** Ids of the records that change, by kind: their owned edges are replaced by the write. */
    Map<RecordKind, List<String>> changed() {
        return changed;
    }

    boolean changesAnything() {
        return !written.isEmpty();
    }

    List<ImportCount> counts() {
        return counts.entrySet().stream().map(e -> new ImportCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /** The graph's record with the import's fields merged in; see the class comment. */
    static Map<String, Object> merge(Map<String, Object> current, Map<String, Object> given) {
        var merged = new LinkedHashMap<>(current);
        given.forEach((field, value) -> merged.put(field, mergeField(field, current.get(field), value)));
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Object mergeField(String field, Object current, Object given) {
        if (given == null) {
            return current;
        }
        if (given instanceof List<?> items) {
            var result = new ArrayList<Object>(list(current));
            var key = KEYS.get(field);
            for (var item : items) {
                int at = key == null || !(item instanceof Map<?, ?> entry) ? result.indexOf(item)
                        : indexOf(result, key, entry.get(key));
                if (at < 0) {
                    result.add(item);
                } else if (key != null) {
                    result.set(at, overlay((Map<String, Object>) result.get(at), (Map<String, Object>) item));
                }
            }
            return result;
        }
        if (given instanceof Map<?, ?> legend) {
            var result = new LinkedHashMap<Object, Object>(current instanceof Map<?, ?> map ? map : Map.of());
            result.putAll(legend);
            return result;
        }
        return given;
    }

    private static Map<String, Object> overlay(Map<String, Object> current, Map<String, Object> given) {
        var result = new LinkedHashMap<>(current);
        given.forEach((field, value) -> {
            if (value != null) {
                result.put(field, value);
            }
        });
        return result;
    }

    private static int indexOf(List<Object> entries, String key, Object value) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof Map<?, ?> entry && Objects.equals(entry.get(key), value)) {
                return i;
            }
        }
        return -1;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object record) {
        return JSON.convertValue(record, LinkedHashMap.class);
    }

    private static ImportDocument documentOf(Map<RecordKind, List<Object>> records) {
        return new ImportDocument(ImportDocument.FORMAT_V1, null, get(records, RecordKind.SOURCE), get(records, RecordKind.STATE),
                get(records, RecordKind.ORGANISATION), get(records, RecordKind.PERSON), get(records, RecordKind.SESSION),
                get(records, RecordKind.ISSUE), get(records, RecordKind.GROUPING), get(records, RecordKind.STATEMENT));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> get(Map<RecordKind, List<Object>> records, RecordKind kind) {
        return (List<T>) records.getOrDefault(kind, List.of());
    }
}
