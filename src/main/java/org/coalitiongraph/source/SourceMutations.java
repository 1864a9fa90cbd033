package org.coalitiongraph.source;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.ingest.RecordEditor;
import org.coalitiongraph.ingest.RecordKind;
import org.coalitiongraph.ingest.RecordMutations;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class SourceMutations {

    private final RecordMutations<Source> sources;

    SourceMutations(RecordEditor editor, SourceRepository repository) {
        this.sources = new RecordMutations<>(editor, RecordKind.SOURCE, repository::findById);
    }

    @MutationMapping
    Source createSource(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return sources.create(input, environment);
    }

    @MutationMapping
    Source updateSource(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return sources.update(input, environment);
    }

    @MutationMapping
    String deleteSource(@Argument String id, DataFetchingEnvironment environment) {
        return sources.delete(id, environment);
    }
}
