package org.coalitiongraph.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** An import document that failed validation; nothing of it was written. */
public final class InvalidImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    public InvalidImportException(String document, List<ImportProblem> problems) {
        super("Nothing imported from " + document + ", " + problems.size() + " problem(s): "
                + problems.stream().limit(20).map(ImportProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
