package org.coalitiongraph.statement;

public enum StatementKind {
    JOINT_STATEMENT, LETTER, RESOLUTION, DECISION, ROLL_CALL, ORAL_STATEMENT
}
