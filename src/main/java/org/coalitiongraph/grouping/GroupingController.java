package org.coalitiongraph.grouping;

import java.util.List;
import java.util.Map;

import org.coalitiongraph.actor.State;
import org.coalitiongraph.graph.NodeMapper;
import org.coalitiongraph.graph.RelatedNodes;
import org.neo4j.driver.Record;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class GroupingController {

    private final GroupingRepository repository;
    private final RelatedNodes related;
    private final NodeMapper nodes;

    GroupingController(GroupingRepository repository, RelatedNodes related, NodeMapper nodes) {
        this.repository = repository;
        this.related = related;
        this.nodes = nodes;
    }

    @QueryMapping
    Grouping grouping(@Argument String id) {
        return repository.findById(id).orElse(null);
    }

    @BatchMapping
    Map<Grouping, List<Membership>> members(List<Grouping> groupings) {
        return related.load(groupings, Grouping::id, "queries/grouping/members", this::membership);
    }

    @BatchMapping(typeName = "State", field = "groupings")
    Map<State, List<Membership>> groupingsOfStates(List<State> states) {
        return related.load(states, State::getId, "queries/actor/groupings", this::membership);
    }

    private Membership membership(Record row) {
        return new Membership(nodes.map(row.get("state"), State.class), nodes.map(row.get("grouping"), Grouping.class),
                row.get("from").asLocalDate(null),
                row.get("to").asLocalDate(null));
    }
}
