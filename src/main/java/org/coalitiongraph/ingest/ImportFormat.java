package org.coalitiongraph.ingest;

import java.util.Locale;

/** How the text given to {@code importStatements} is written. */
public enum ImportFormat {
    /** A document in the import format, or a JSON list of statements shaped like the 2019–2020 statements file. */
    JSON,
    /** The long CSV format: one row per signature or vote. */
    CSV;

    /** By a file's extension ({@code .json}, {@code .csv}), else by its first character: JSON starts with { or [. */
    static ImportFormat of(String fileName, String text) {
        var lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            return CSV;
        }
        if (lower.endsWith(".json")) {
            return JSON;
        }
        var start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[") ? JSON : CSV;
    }
}
