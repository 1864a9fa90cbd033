package org.coalitiongraph.backup;

import java.util.List;

import org.coalitiongraph.ingest.ImportDocument.AuditRecord;
import org.coalitiongraph.ingest.ImportDocument.DatasetRecord;
import org.coalitiongraph.ingest.ImportDocument.GroupingRecord;
import org.coalitiongraph.ingest.ImportDocument.IssueRecord;
import org.coalitiongraph.ingest.ImportDocument.OrganisationRecord;
import org.coalitiongraph.ingest.ImportDocument.PersonRecord;
import org.coalitiongraph.ingest.ImportDocument.SessionRecord;
import org.coalitiongraph.ingest.ImportDocument.SourceRecord;
import org.coalitiongraph.ingest.ImportDocument.StateRecord;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;

/**
 * One list of the import format as an export reads it back: its name in the document, the type of
 * its records, and {@code cypher/export/<name>.cypher}, which returns one {@code record} row each.
 */
record RecordList<T>(String name, Class<T> type) {

    static final RecordList<DatasetRecord> DATASETS = new RecordList<>("datasets", DatasetRecord.class);
    static final RecordList<SourceRecord> SOURCES = new RecordList<>("sources", SourceRecord.class);
    static final RecordList<StateRecord> STATES = new RecordList<>("states", StateRecord.class);
    static final RecordList<OrganisationRecord> ORGANISATIONS = new RecordList<>("organisations", OrganisationRecord.class);
    static final RecordList<PersonRecord> PEOPLE = new RecordList<>("people", PersonRecord.class);
    static final RecordList<SessionRecord> SESSIONS = new RecordList<>("sessions", SessionRecord.class);
    static final RecordList<IssueRecord> ISSUES = new RecordList<>("issues", IssueRecord.class);
    static final RecordList<GroupingRecord> GROUPINGS = new RecordList<>("groupings", GroupingRecord.class);
    static final RecordList<StatementRecord> STATEMENTS = new RecordList<>("statements", StatementRecord.class);
    static final RecordList<AuditRecord> AUDIT_LOG = new RecordList<>("auditLog", AuditRecord.class);

    /** Every list, in the order of the format's documentation (the datasets first, as a header). */
    static final List<RecordList<?>> ALL = List.of(DATASETS, SOURCES, STATES, ORGANISATIONS, PEOPLE, SESSIONS,
            ISSUES, GROUPINGS, STATEMENTS, AUDIT_LOG);

    String query() {
        return "export/" + name;
    }
}
