package org.coalitiongraph.alignment;

/** How an alignment timeline is cut. */
public enum Period {
    YEAR, SESSION
}
