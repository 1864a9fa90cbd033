package org.coalitiongraph.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.audit.Write;

/**
 * The create, update and delete mutations of one kind of node, answering with the node as written.
 *
 * @param <T> the node's entity type
 */
public final class RecordMutations<T> {

    private final RecordEditor editor;
    private final RecordKind kind;
    private final Function<String, Optional<T>> find;

    public RecordMutations(RecordEditor editor, RecordKind kind, Function<String, Optional<T>> find) {
        this.editor = editor;
        this.kind = kind;
        this.find = find;
    }

    public T create(Map<String, Object> input, DataFetchingEnvironment environment) {
        return written(editor.create(kind, input, Write.of(environment)));
    }

    public T update(Map<String, Object> input, DataFetchingEnvironment environment) {
        return written(editor.update(kind, input, Write.of(environment)));
    }

    public String delete(String id, DataFetchingEnvironment environment) {
        editor.delete(kind, id, Write.of(environment));
        return id;
    }

    private T written(String id) {
        return find.apply(id).orElseThrow(() -> new IllegalStateException(kind.label() + " " + id + " vanished after its write"));
    }
}
