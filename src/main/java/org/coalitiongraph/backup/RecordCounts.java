package org.coalitiongraph.backup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.coalitiongraph.ingest.ImportDocument;

/**
 * How many records each list of a backup holds, in document order, e.g. for "Backed up datasets: 1,
 * sources: 1, …".
 */
public record RecordCounts(Map<String, Integer> byList) {

    public RecordCounts {
        byList = Collections.unmodifiableMap(new LinkedHashMap<>(byList));
    }

    public static RecordCounts of(ImportDocument document) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put(RecordList.DATASETS.name(), document.datasets().size());
        counts.put(RecordList.SOURCES.name(), document.sources().size());
        counts.put(RecordList.STATES.name(), document.states().size());
        counts.put(RecordList.ORGANISATIONS.name(), document.organisations().size());
        counts.put(RecordList.PEOPLE.name(), document.people().size());
        counts.put(RecordList.SESSIONS.name(), document.sessions().size());
        counts.put(RecordList.ISSUES.name(), document.issues().size());
        counts.put(RecordList.GROUPINGS.name(), document.groupings().size());
        counts.put(RecordList.STATEMENTS.name(), document.statements().size());
        return new RecordCounts(counts);
    }

    @Override
    public String toString() {
        return byList.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }
}
