package org.coalitiongraph.resolve;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table's header row and the column of names under it: "Organisation, Country, Type" gives its
 * names in the first column, the rest is where and what they are. Rows with another number of
 * cells are read as they are.
 */
record TableColumns(int columns, int names) {

    private static final Pattern NAME_HEADER = Pattern.compile(
            "(?i)^(?:organi[sz]ations?|names?|signator(?:y|ies)|countr(?:y|ies)|(?:member\\s+)?states?)$");

    /** The columns of a header row, or null when it has one column or none that names. */
    static TableColumns of(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (NAME_HEADER.matcher(header.get(i).strip()).matches()) {
                return header.size() < 2 ? null : new TableColumns(header.size(), i);
            }
        }
        return null;
    }

    List<String> names(List<String> row) {
        return row.size() == columns ? List.of(row.get(names)) : row;
    }
}
