package org.coalitiongraph.session;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.ingest.RecordEditor;
import org.coalitiongraph.ingest.RecordKind;
import org.coalitiongraph.ingest.RecordMutations;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class SessionMutations {

    private final RecordMutations<Session> sessions;

    SessionMutations(RecordEditor editor, SessionRepository repository) {
        this.sessions = new RecordMutations<>(editor, RecordKind.SESSION, repository::findById);
    }

    @MutationMapping
    Session createSession(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return sessions.create(input, environment);
    }

    @MutationMapping
    Session updateSession(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return sessions.update(input, environment);
    }

    @MutationMapping
    String deleteSession(@Argument String id, DataFetchingEnvironment environment) {
        return sessions.delete(id, environment);
    }
}
