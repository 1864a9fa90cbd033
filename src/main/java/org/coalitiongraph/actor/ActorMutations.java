package org.coalitiongraph.actor;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.audit.Write;
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
    private final ActorMerger merger;
    private final ActorRepository actors;

    ActorMutations(RecordEditor editor, StateRepository states, OrganisationRepository organisations,
            ActorMerger merger, ActorRepository actors) {
        this.states = new RecordMutations<>(editor, RecordKind.STATE, states::findById);
        this.organisations = new RecordMutations<>(editor, RecordKind.ORGANISATION, organisations::findById);
        this.merger = merger;
        this.actors = actors;
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

    @MutationMapping
    Actor mergeActors(@Argument String keep, @Argument String merge, DataFetchingEnvironment environment) {
        merger.merge(keep, merge, Write.of(environment));
        return actors.findById(keep).orElseThrow(() -> new IllegalStateException("Actor " + keep + " vanished after a merge"));
    }
}
