package org.coalitiongraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON import format strictly: an unknown field is an error, not silently dropped data.
 * A malformed document is reported with the path of the offending field.
 */
public final class ImportReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // A time is kept with the offset it was given (datasets[].loadedAt), not moved to UTC.
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private ImportReader() {
    }

    public static ImportDocument read(InputStream json, String document) throws IOException {
        try (json) {
            var parsed = JSON.readValue(json, ImportDocument.class);
            if (parsed == null) {
                throw new InvalidImportException(document, List.of(new ImportProblem("$", "the document is empty")));
            }
            return parsed;
        } catch (JacksonException e) {
            var path = e.getPathReference();
            throw new InvalidImportException(document, List.of(new ImportProblem(
                    path == null || path.isBlank() ? "$" : jsonPath(e),
                    e.getOriginalMessage())));
        }
    }

    /** {@code statements[2].title} from Jackson's reference chain. */
    private static String jsonPath(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
