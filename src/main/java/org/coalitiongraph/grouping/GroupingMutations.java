package org.coalitiongraph.grouping;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.ingest.RecordEditor;
import org.coalitiongraph.ingest.RecordKind;
import org.coalitiongraph.ingest.RecordMutations;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class GroupingMutations {

    private final RecordMutations<Grouping> groupings;

    GroupingMutations(RecordEditor editor, GroupingRepository repository) {
        this.groupings = new RecordMutations<>(editor, RecordKind.GROUPING, repository::findById);
    }

    @MutationMapping
    Grouping createGrouping(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return groupings.create(input, environment);
    }

    @MutationMapping
    Grouping updateGrouping(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return groupings.update(input, environment);
    }

    @MutationMapping
    String deleteGrouping(@Argument String id, DataFetchingEnvironment environment) {
        return groupings.delete(id, environment);
    }
}
