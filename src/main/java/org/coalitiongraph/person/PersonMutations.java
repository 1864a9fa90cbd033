package org.coalitiongraph.person;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.ingest.RecordEditor;
import org.coalitiongraph.ingest.RecordKind;
import org.coalitiongraph.ingest.RecordMutations;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class PersonMutations {

    private final RecordMutations<Person> people;

    PersonMutations(RecordEditor editor, PersonRepository repository) {
        this.people = new RecordMutations<>(editor, RecordKind.PERSON, repository::findById);
    }

    @MutationMapping
    Person createPerson(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return people.create(input, environment);
    }

    @MutationMapping
    Person updatePerson(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return people.update(input, environment);
    }

    @MutationMapping
    String deletePerson(@Argument String id, DataFetchingEnvironment environment) {
        return people.delete(id, environment);
    }
}
