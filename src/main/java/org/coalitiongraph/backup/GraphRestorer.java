package org.coalitiongraph.backup;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;

import org.coalitiongraph.audit.Write;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.InvalidImportException;
import org.coalitiongraph.security.Caller;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

/**
 * Restores a backup (a document in the import format, as {@link GraphExporter} writes it) into an
 * empty database: read strictly, validated whole, and written in one transaction by the import, so
 * that a backup with any problem writes nothing. A database that holds anything besides the records
 * of applied migrations is refused: the import merges on ids, and merging a backup into live data
 * would silently mix the two.
 */
@Service
public final class GraphRestorer {

    private final GraphImporter importer;
    private final GraphContents contents;

    public GraphRestorer(GraphImporter importer, Driver driver, CypherQueries queries) {
        this.importer = importer;
        this.contents = new GraphContents(driver, queries);
    }

    /**
     * @param name how to call the backup in messages, e.g. its file name
     * @return what was restored
     * @throws RestoreRefusedException when the database is not empty; nothing is read or written then
     * @throws InvalidImportException  when the backup is malformed or invalid; nothing is written then
     */
    public ImportDocument restore(InputStream json, String name) throws IOException {
        refuseUnlessEmpty();
        return importer.importJson(json, name, new Write(Caller.system("restore from " + name), GraphImporter.RESTORE));
    }

    private void refuseUnlessEmpty() {
        var nodes = contents.nodesBesidesMigrations();
        if (nodes == 0) {
            return;
        }
        throw new RestoreRefusedException("Refusing to restore: the database is not empty, it holds " + nodes
                + " nodes besides the records of applied migrations (" + describe(contents.nodesByLabel()) + "). "
                + "A restore never merges a backup into live data; restore into an empty database instead, "
                + "e.g. a new data directory or an empty Neo4j server.");
    }

    private static String describe(Map<String, Long> nodesByLabel) {
        return nodesByLabel.entrySet().stream()
                .filter(e -> !e.getKey().equals("Migration"))
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
