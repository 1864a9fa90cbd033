package org.coalitiongraph.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.ingest.ImportDocument;

/** Gathers an export in memory as one {@link ImportDocument}: for a few records, or a small graph. */
final class DocumentCollector implements RecordSink {

    private final Map<RecordList<?>, List<Object>> lists = new LinkedHashMap<>();

    @Override
    public void beginList(RecordList<?> list) {
        lists.put(list, new ArrayList<>());
    }

    @Override
    public <T> void record(RecordList<T> list, T record) {
        lists.get(list).add(record);
    }

    ImportDocument document() {
        return new ImportDocument(ImportDocument.FORMAT_V1, null, get(RecordList.DATASETS), get(RecordList.SOURCES),
                get(RecordList.STATES), get(RecordList.ORGANISATIONS), get(RecordList.PEOPLE), get(RecordList.SESSIONS),
                get(RecordList.ISSUES), get(RecordList.GROUPINGS), get(RecordList.STATEMENTS), get(RecordList.AUDIT_LOG));
    }

    private <T> List<T> get(RecordList<T> list) {
        return lists.getOrDefault(list, List.of()).stream().map(list.type()::cast).toList();
    }
}
