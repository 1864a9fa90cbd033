package org.coalitiongraph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the audit log keeps of an import: the document's name, its dataset and how many records of
 * each kind, and the ids written unless there are too many to list (the document itself is the
 * record of a bulk import).
 */
final class ImportSummary {

    static final int MAX_TARGETS = 1000;

    private ImportSummary() {
    }

    static Map<String, Object> of(ImportDocument document, String name) {
        var summary = new LinkedHashMap<String, Object>();
        summary.put("document", name);
        if (document.dataset() != null) {
            summary.put("dataset", document.dataset().id() + " v" + document.dataset().version());
        }
        for (var kind : RecordKind.values()) {
            summary.put(kind.list(), kind.records(document).size());
        }
        return summary;
    }

    static List<String> targets(ImportDocument document) {
        var ids = Stream.of(RecordKind.values())
                .flatMap(kind -> kind.records(document).stream())
                .map(ImportSummary::idOf)
                .limit(MAX_TARGETS + 1)
                .toList();
        return ids.size() > MAX_TARGETS ? List.of() : ids;
    }

    static String idOf(Object record) {
        return switch (record) {
            case ImportDocument.SourceRecord r -> r.id();
            case ImportDocument.StateRecord r -> r.id();
            case ImportDocument.OrganisationRecord r -> r.id();
            case ImportDocument.PersonRecord r -> r.id();
            case ImportDocument.SessionRecord r -> r.id();
            case ImportDocument.IssueRecord r -> r.id();
            case ImportDocument.GroupingRecord r -> r.id();
            case ImportDocument.StatementRecord r -> r.id();
            default -> throw new IllegalArgumentException("Not a record of the import format: " + record);
        };
    }
}
