package org.coalitiongraph.web;

/** A request argument that cannot be answered as given; reported as BAD_USER_INPUT naming the argument. */
public final class InvalidArgumentException extends RuntimeException {

    private final String argument;

    public InvalidArgumentException(String argument, String problem) {
        super(argument + ": " + problem);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
