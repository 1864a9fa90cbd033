package org.coalitiongraph.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.audit.Write;
import org.coalitiongraph.ingest.RecordEditor;
import org.coalitiongraph.ingest.RecordKind;
import org.coalitiongraph.ingest.RecordMutations;
import org.coalitiongraph.web.InvalidArgumentException;
import org.coalitiongraph.web.NotFoundException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Statements and their signatures. A signature is part of its statement's record. */
@Controller
class StatementMutations {

    private final RecordEditor editor;
    private final StatementRepository repository;
    private final RecordMutations<Statement> statements;

    StatementMutations(RecordEditor editor, StatementRepository repository) {
        this.editor = editor;
        this.repository = repository;
        this.statements = new RecordMutations<>(editor, RecordKind.STATEMENT, repository::findById);
    }

    @MutationMapping
    Statement createStatement(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return statements.create(asRecord(input), environment);
    }

    @MutationMapping
    Statement updateStatement(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return statements.update(asRecord(input), environment);
    }

    @MutationMapping
    String deleteStatement(@Argument String id, DataFetchingEnvironment environment) {
        return statements.delete(id, environment);
    }

    @MutationMapping
    Statement addSignature(@Argument String statement, @Argument Map<String, Object> signature,
            DataFetchingEnvironment environment) {
        return changeSignatures(statement, signature, environment, (signatures, existing) -> {
            if (existing >= 0) {
                throw new InvalidArgumentException("signature.actor", "'" + signature.get("actor")
                        + "' already signed " + statement + "; use updateSignature to change it");
            }
            signatures.add(signature);
        });
    }

    @MutationMapping
    Statement updateSignature(@Argument String statement, @Argument Map<String, Object> signature,
            DataFetchingEnvironment environment) {
        return changeSignatures(statement, signature, environment, (signatures, existing) -> {
            if (existing < 0) {
                throw new NotFoundException("signature.actor", String.valueOf(signature.get("actor")));
            }
            signatures.set(existing, signature);
        });
    }

    @MutationMapping
    Statement removeSignature(@Argument String statement, @Argument String actor, DataFetchingEnvironment environment) {
        return changeSignatures(statement, Map.of("actor", actor), environment, (signatures, existing) -> {
            if (existing < 0) {
                throw new NotFoundException("actor", actor);
            }
            signatures.remove(existing);
        });
    }

    private interface SignatureChange {
        void apply(List<Object> signatures, int indexOfSameActor);
    }

    private Statement changeSignatures(String statement, Map<String, Object> signature, DataFetchingEnvironment environment,
            SignatureChange change) {
        var input = Map.of("statement", statement, "signature", signature);
        editor.change(RecordKind.STATEMENT, statement, "statement", record -> {
            var signatures = new ArrayList<Object>((List<?>) Objects.requireNonNullElse(record.get("signatories"), List.of()));
            int existing = -1;
            for (int i = 0; i < signatures.size(); i++) {
                if (signatures.get(i) instanceof Map<?, ?> other && Objects.equals(other.get("actor"), signature.get("actor"))) {
                    existing = i;
                }
            }
            change.apply(signatures, existing);
            record.put("signatories", signatures);
            return record;
        }, input, Write.of(environment));
        return repository.findById(statement).orElseThrow();
    }

    /** The import format keeps the marker legend as a map from symbol to meaning, in order. */
    private static Map<String, Object> asRecord(Map<String, Object> input) {
        if (!input.containsKey("markers")) {
            return input;
        }
        var record = new LinkedHashMap<>(input);
        if (input.get("markers") instanceof List<?> markers) {
            var legend = new LinkedHashMap<String, Object>();
            for (var marker : markers) {
                var entry = (Map<?, ?>) marker;
                if (legend.put((String) entry.get("symbol"), entry.get("meaning")) != null) {
                    throw new InvalidArgumentException("input.markers", "the marker '" + entry.get("symbol") + "' is given twice");
                }
            }
            record.put("markers", legend);
        }
        return record;
    }
}
