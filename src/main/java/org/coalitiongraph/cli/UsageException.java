package org.coalitiongraph.cli;

/** A command was given arguments it cannot take; the message says what it expects. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
