package org.coalitiongraph.filter;

import java.util.List;

/** The statements a filter admits: all of them, or exactly the listed ids. */
public record StatementScope(List<String> statementIds) {

    public static final StatementScope ALL = new StatementScope(null);

    public boolean isAll() {
        return statementIds == null;
    }
}
