package org.coalitiongraph.backup;

/** A restore that was not started because the database is not empty; nothing was written. */
public final class RestoreRefusedException extends RuntimeException {

    public RestoreRefusedException(String message) {
        super(message);
    }
}
