package org.coalitiongraph.issue;

import java.util.List;
import java.util.Map;

import org.coalitiongraph.graph.NodeMapper;
import org.coalitiongraph.graph.RelatedNodes;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class IssueController {

    private final IssueRepository repository;
    private final RelatedNodes related;
    private final NodeMapper nodes;

    IssueController(IssueRepository repository, RelatedNodes related, NodeMapper nodes) {
        this.repository = repository;
        this.related = related;
        this.nodes = nodes;
    }

    @QueryMapping
    Issue issue(@Argument String id) {
        return repository.findById(id).orElse(null);
    }

    @BatchMapping
    Map<Issue, List<Issue>> broader(List<Issue> issues) {
        return related.load(issues, Issue::id, "queries/issue/broader", r -> nodes.map(r.get("node"), Issue.class));
    }

    @BatchMapping
    Map<Issue, List<Issue>> narrower(List<Issue> issues) {
        return related.load(issues, Issue::id, "queries/issue/narrower", r -> nodes.map(r.get("node"), Issue.class));
    }
}
