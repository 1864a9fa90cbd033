package org.coalitiongraph.projection;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows the audit log as a feed of changes: every write, by this app or another on the same
 * database, leaves an entry in its own transaction. An entry carries the time its transaction
 * started, so one that commits late may sort before entries already read: each read goes back
 * {@link #OVERLAP} and skips the entries it has seen.
 */
final class ChangeFeed {

    /** Longer than any write transaction may run (imports stop at one minute). */
    static final Duration OVERLAP = Duration.ofMinutes(5);

    private ZonedDateTime watermark;
    private final Map<String, ZonedDateTime> seen = new HashMap<>();

    /** Starts over from {@code now}, the entries already visible taken as read: a full load that follows reflects them. */
    void restart(ZonedDateTime now, List<AuditedWrite> visible) {
        watermark = now;
        seen.clear();
        visible.forEach(write -> seen.put(write.id(), write.at()));
    }

    ZonedDateTime readFrom() {
        return watermark.minus(OVERLAP);
    }

    /** The entries among those read from {@link #readFrom()} that were not seen before; marks them seen. */
    List<AuditedWrite> unseen(List<AuditedWrite> read) {
        var fresh = new ArrayList<AuditedWrite>();
        for (var write : read) {
            if (seen.putIfAbsent(write.id(), write.at()) == null) {
                fresh.add(write);
            }
            if (write.at().isAfter(watermark)) {
                watermark = write.at();
            }
        }
        var forgetBefore = readFrom();
        seen.values().removeIf(at -> at.isBefore(forgetBefore));
        return fresh;
    }
}
