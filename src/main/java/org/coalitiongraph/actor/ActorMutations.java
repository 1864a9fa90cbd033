package org.coalitiongraph.actor;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.ingest.RecordEditor;
import org.coalitiongraph.ingest.RecordKind;
import org.coalitiongraph.ingest.RecordMutations;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class ActorMutations {

    private final RecordMutations<State> states;
    private final RecordMutations<Organisation> organisations;

    ActorMutations(RecordEditor editor, StateRepository states, OrganisationRepository organisations) {
        this.states = new RecordMutations<>(editor, RecordKind.STATE, states::findById);
        this.organisations = new RecordMutations<>(editor, RecordKind.ORGANISATION, organisations::findById);
    }

    @MutationMapping
    State createState(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return states.create(input, environment);
    }

    @MutationMapping
    State updateState(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return states.update(input, environment);
    }

    @MutationMapping
    String deleteState(@Argument String id, DataFetchingEnvironment environment) {
        return states.delete(id, environment);
    }

    @MutationMapping
    Organisation createOrganisation(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return organisations.create(input, environment);
    }

    @MutationMapping
    Organisation updateOrganisation(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return organisations.update(input, environment);
    }

    @MutationMapping
    String deleteOrganisation(@Argument String id, DataFetchingEnvironment environment) {
        return organisations.delete(id, environment);
    }
}
