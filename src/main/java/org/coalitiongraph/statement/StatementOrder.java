package org.coalitiongraph.statement;

public enum StatementOrder {
    NEWEST_FIRST, OLDEST_FIRST, TITLE
}
