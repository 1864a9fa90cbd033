package org.coalitiongraph.backup;

/** Receives an export list by list, record by record, in document order. */
interface RecordSink {

    /** The records that follow, up to the next call, belong to this list; called for every list, empty or not. */
    void beginList(RecordList<?> list);

    <T> void record(RecordList<T> list, T record);
}
