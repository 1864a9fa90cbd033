package org.coalitiongraph.rollcall;

import java.util.List;

import org.coalitiongraph.audit.AuditLog;
import org.coalitiongraph.audit.Write;

/**
 * Writes one batch of whole roll calls in one transaction together with its audit entry: statements
 * with their session, issues and source ({@code rollcall/write-statements}), then their votes. A roll
 * call whose statement is already in the graph is unlinked first ({@code rollcall/unlink-roll-calls}),
 * so that writing it replaces what the import wrote before.
 */
interface RollCallBatches {

    /**
     * @param voterIds the voter nodes' ids; a vote names its voter by index in this list
     * @param hashes   the content hash of each roll call, in order
     * @param replace  the ids of those already in the graph
     */
    void write(List<String> voterIds, List<RollCall> rollCalls, List<String> hashes, List<String> replace, Audit audit);

    /** The audit entry of a batch, recorded in its transaction. */
    record Audit(AuditLog log, Write write, List<String> targets, Object input, Object before) {
    }
}
