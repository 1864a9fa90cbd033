package org.coalitiongraph.ingest;

import java.util.List;

import org.coalitiongraph.ingest.ImportDocument.OrganisationRecord;

/**
 * What {@code importStatements} did, or on a dry run would do.
 *
 * @param shape            what the text was read as
 * @param dryRun           whether this was a dry run
 * @param applied          whether the graph was written: false on a dry run, when there are
 *                         problems, and when the graph already holds everything the import says
 * @param counts           per kind of record (and signatures, votes): created, already there, changed
 * @param names            every name given for an actor, with what it resolved to
 * @param newOrganisations organisations created because nothing matched their names
 * @param problems         why nothing was written, each at its place in the input; empty when sound
 */
public record ImportReport(String shape, boolean dryRun, boolean applied, List<ImportCount> counts,
        List<ImportedName> names, List<OrganisationRecord> newOrganisations, List<ImportProblem> problems) {

    /** Whether the import wrote (or, on a dry run, would write) anything. */
    public boolean changes() {
        return counts.stream().anyMatch(count -> count.created() + count.changed() > 0);
    }
}
