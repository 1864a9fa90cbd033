package org.coalitiongraph.ingest;

/** One thing wrong with an import document: where (a JSON path such as {@code statements[2].signatories[0].actor}) and what. */
public record ImportProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
