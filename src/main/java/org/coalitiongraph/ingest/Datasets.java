package org.coalitiongraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.coalitiongraph.graph.CypherQueries;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The datasets shipped in {@code datasets/<id>.json}. Each is loaded once per version: a
 * {@code (:Dataset {id, version})} node records it, so "already loaded" does not depend on the
 * database being empty.
 */
@Service
public final class Datasets {

    /** What {@link #load} did. */
    public enum Outcome { LOADED, ALREADY_LOADED }

    private static final Logger log = LoggerFactory.getLogger(Datasets.class);

    private final GraphImporter importer;
    private final Driver driver;
    private final CypherQueries queries;

    public Datasets(GraphImporter importer, Driver driver, CypherQueries queries) {
        this.importer = importer;
        this.driver = driver;
        this.queries = queries;
    }

    public Outcome load(String datasetId) {
        var file = new ClassPathResource("datasets/" + datasetId + ".json");
        if (!file.exists()) {
            throw new IllegalArgumentException("No dataset '" + datasetId + "' (looked for " + file.getPath() + ")");
        }
        try {
            var document = ImportReader.read(file.getInputStream(), file.getPath());
            if (document.dataset() == null || !datasetId.equals(document.dataset().id())) {
                throw new IllegalStateException(file.getPath() + " must declare dataset.id '" + datasetId + "'");
            }
            var version = document.dataset().version();
            var loaded = loadedVersion(datasetId);
            // A missing version is left to the import's validation, which reports it with its path.
            if (loaded != null && version != null && loaded >= version) {
                log.info("Dataset {} v{} already loaded", datasetId, loaded);
                return Outcome.ALREADY_LOADED;
            }
            importer.importDocument(document, file.getPath());
            log.info("Loaded dataset {} v{}", datasetId, document.dataset().version());
            return Outcome.LOADED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Integer loadedVersion(String datasetId) {
        var records = driver.executableQuery(queries.get("ingest/dataset-version"))
                .withParameters(Map.of("id", datasetId)).execute().records();
        return records.isEmpty() ? null : records.getFirst().get("version").asInt();
    }
}
