package org.coalitiongraph.backup;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.coalitiongraph.ingest.ImportDocument;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an export as a JSON document in the import format while it is read, record by record, so
 * that a graph of a million signatures never sits in memory as one document or string. Each record
 * is one line: a large backup stays readable with {@code grep} and {@code diff}. Absent values and
 * empty lists are left out, which the format reads as the same thing.
 */
final class BackupJson implements RecordSink {

    private static final JsonInclude.Value LEAVE_OUT_EMPTY =
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS);

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            // Only lists and maps: NON_EMPTY on strings would turn an empty text into an absent one.
            .withConfigOverride(List.class, override -> override.setInclude(LEAVE_OUT_EMPTY))
            .withConfigOverride(Map.class, override -> override.setInclude(LEAVE_OUT_EMPTY))
            // The caller owns the stream (it may be standard output), and a failed export must not be
            // closed into a well-formed but incomplete document.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();

    private final JsonGenerator json;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private RecordList<?> current;

    BackupJson(OutputStream out) {
        this.json = JSON.writer().with(new OneRecordPerLine()).createGenerator(out);
        json.writeStartObject();
        json.writeStringProperty("format", ImportDocument.FORMAT_V1);
    }

    @Override
    public void beginList(RecordList<?> list) {
        if (current != null) {
            json.writeEndArray();
        }
        current = list;
        counts.put(list.name(), 0);
        json.writeName(list.name());
        json.writeStartArray();
    }

    @Override
    public <T> void record(RecordList<T> list, T record) {
        json.writePOJO(record);
        counts.merge(list.name(), 1, Integer::sum);
    }

    /** Closes the document; call it only when every list was written. */
    RecordCounts finish() {
        if (current != null) {
            json.writeEndArray();
        }
        json.writeEndObject();
        json.close();
        return new RecordCounts(counts);
    }

    /** Compact JSON with a line break before each record of a top-level list, and around the lists. */
    private static final class OneRecordPerLine extends MinimalPrettyPrinter {

        @Override
        public void writeStartObject(JsonGenerator g) {
            super.writeStartObject(g);
            if (g.streamWriteContext().getNestingDepth() == 1) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            super.writeObjectEntrySeparator(g);
            if (g.streamWriteContext().getNestingDepth() == 1) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) {
            if (g.streamWriteContext().getNestingDepth() == 1) {
                g.writeRaw('\n');
            }
            super.writeEndObject(g, nrOfEntries);
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            if (isTopLevelList(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            super.writeArrayValueSeparator(g);
            if (isTopLevelList(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) {
            if (isTopLevelList(g) && nrOfValues > 0) {
                g.writeRaw('\n');
            }
            super.writeEndArray(g, nrOfValues);
        }

        private static boolean isTopLevelList(JsonGenerator g) {
            return g.streamWriteContext().inArray() && g.streamWriteContext().getNestingDepth() == 2;
        }
    }
}
