package org.coalitiongraph.rollcall;

import java.util.List;
import java.util.Map;

import org.coalitiongraph.graph.RelatedNodes;
import org.coalitiongraph.statement.Statement;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** {@code Statement.tally}: counted from the VOTED edges, for all statements of a level in one query. */
@Controller
class VoteTallyController {

    private final RelatedNodes related;

    VoteTallyController(RelatedNodes related) {
        this.related = related;
    }

    @BatchMapping(typeName = "Statement")
    Map<Statement, VoteTally> tally(List<Statement> statements) {
        return related.loadOne(statements, Statement::getId, "queries/rollcall/tally",
                r -> new VoteTally(r.get("yes").asInt(), r.get("no").asInt(), r.get("abstain").asInt(), r.get("total").asInt()));
    }
}
