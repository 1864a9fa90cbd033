package org.coalitiongraph.ingest;

import java.util.Collection;

import org.neo4j.driver.SimpleQueryRunner;

/** Reads nodes back as records of the import format: what an edit starts from and what the audit log keeps. */
public interface CurrentRecords {

    /**
     * The records with these ids, of whatever kind, as the caller's transaction sees them; ids that
     * name nothing are left out.
     */
    ImportDocument export(SimpleQueryRunner tx, Collection<String> ids);
}
