package org.coalitiongraph.web;

import java.util.List;

/** Checks shared by the arguments of many fields. */
public final class Arguments {

    private Arguments() {
    }

    /** A list argument may be left out (no restriction) but not given empty, which would admit nothing. */
    public static void requireNotEmpty(List<?> values, String argument) {
        if (values != null && values.isEmpty()) {
            throw new InvalidArgumentException(argument, "is empty; leave it out to admit everything");
        }
    }
}
