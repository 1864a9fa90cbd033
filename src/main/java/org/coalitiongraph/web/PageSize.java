package org.coalitiongraph.web;

/** The bounds of every {@code first} argument. */
public final class PageSize {

    /** The documented maximum of {@code first} on every list field. */
    public static final int MAX = 100;

    private PageSize() {
    }

    public static int require(Integer first, String argument) {
        if (first == null) {
            throw new InvalidArgumentException(argument, "must be given");
        }
        if (first < 1 || first > MAX) {
            throw new InvalidArgumentException(argument, "must be between 1 and " + MAX + ", was " + first);
        }
        return first;
    }
}
