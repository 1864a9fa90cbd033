package org.coalitiongraph.issue;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.coalitiongraph.ingest.RecordEditor;
import org.coalitiongraph.ingest.RecordKind;
import org.coalitiongraph.ingest.RecordMutations;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class IssueMutations {

    private final RecordMutations<Issue> issues;

    IssueMutations(RecordEditor editor, IssueRepository repository) {
        this.issues = new RecordMutations<>(editor, RecordKind.ISSUE, repository::findById);
    }

    @MutationMapping
    Issue createIssue(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return issues.create(input, environment);
    }

    @MutationMapping
    Issue updateIssue(@Argument Map<String, Object> input, DataFetchingEnvironment environment) {
        return issues.update(input, environment);
    }

    @MutationMapping
    String deleteIssue(@Argument String id, DataFetchingEnvironment environment) {
        return issues.delete(id, environment);
    }
}
