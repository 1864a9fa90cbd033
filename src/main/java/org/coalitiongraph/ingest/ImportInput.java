package org.coalitiongraph.ingest;

import java.util.List;
import java.util.Set;

/**
 * What an import was given, turned into the import format: the document, where its parts came from,
 * and what the conversion itself found wrong.
 *
 * @param shape          what the input was read as, e.g. "CSV" (for the report)
 * @param createOnly     ids of records the conversion made up (a session or issue a statement
 *                       names): written only when the graph has no record with the id, never
 *                       over one it has
 * @param mergeRepeated  whether names of one statement that resolve to the same actor are one
 *                       signature (a file that unites several partial lists) rather than a problem
 * @param problems       what the conversion found wrong, each at its place in the input
 */
record ImportInput(String shape, ImportDocument document, Locations locations, Set<String> createOnly,
        boolean mergeRepeated, List<ImportProblem> problems) {

    static ImportInput unreadable(String shape, List<ImportProblem> problems) {
        return new ImportInput(shape, new ImportDocument(ImportDocument.FORMAT_V1, null, null, null, null, null, null,
                null, null, null), Locations.same(), Set.of(), false, problems);
    }
}
