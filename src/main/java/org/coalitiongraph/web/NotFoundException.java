package org.coalitiongraph.web;

/** An id in a request that names nothing in the graph; reported as NOT_FOUND naming the argument. */
public final class NotFoundException extends RuntimeException {

    private final String argument;

    public NotFoundException(String argument, String id) {
        super(argument + ": no node with id '" + id + "'");
        this.argument = argument;
    }

    /** Where the argument names a node of one kind: {@code merge: no actor 'org:x'}. */
    public NotFoundException(String argument, String kind, String id) {
        super(argument + ": no " + kind + " '" + id + "'");
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
