package org.coalitiongraph.rollcall;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The statement rows of write-statements.cypher. */
    static List<Map<String, Object>> statementRows(List<RollCall> rollCalls, List<String> hashes) {
        var rows = new ArrayList<Map<String, Object>>(rollCalls.size());
        for (int i = 0; i < rollCalls.size(); i++) {
            var r = rollCalls.get(i);
            var row = new LinkedHashMap<String, Object>();
            row.put("id", r.id());
            row.put("title", r.title());
            row.put("text", r.text());
            row.put("date", r.date());
            row.put("symbol", r.symbol());
            row.put("important", r.important());
            row.put("amendment", r.amendment());
            row.put("paragraph", r.paragraph());
            row.put("hash", hashes.get(i));
            row.put("session", r.sessionId());
            row.put("issues", r.issues().stream().map(RollCall.Issue::id).toList());
            rows.add(row);
        }
        return rows;
    }

    /** The vote rows of write-votes.cypher: voters by index, one list per vote value. */
    static List<Map<String, Object>> voteRows(List<RollCall> rollCalls) {
        return rollCalls.stream().<Map<String, Object>>map(r -> Map.of("id", r.id(), "yes", ints(r.yes()),
                "no", ints(r.no()), "abstain", ints(r.abstain()))).toList();
    }

    /** The edges write-statements.cypher creates: AT, CITES and one CONCERNS per issue. */
    static long statementEdges(List<RollCall> rollCalls) {
        return rollCalls.stream().mapToLong(r -> 2 + r.issues().size()).sum();
    }

    static long votes(List<RollCall> rollCalls) {
        return rollCalls.stream().mapToLong(RollCall::votes).sum();
    }

    /** Better no roll call than a partial one: a node that should exist (a session, an issue) did not. */
    static void check(String what, long created, long expected, List<RollCall> rollCalls) {
        if (created != expected) {
            throw new IllegalStateException("Writing roll calls " + rollCalls.getFirst().rcid() + "–"
                    + rollCalls.getLast().rcid() + " created " + created + " " + what + " instead of " + expected
                    + "; nothing of this batch was written");
        }
    }

    private static List<Integer> ints(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
