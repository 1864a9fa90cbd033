package org.coalitiongraph.prediction.votes;

import java.time.LocalDate;

import org.coalitiongraph.statement.Statement;
import org.coalitiongraph.statement.StatementRepository;
import org.coalitiongraph.web.NotFoundException;
import org.coalitiongraph.web.PageSize;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class LikelyVotesController {

    private final LikelyVotes likelyVotes;
    private final StatementRepository statements;

    LikelyVotesController(LikelyVotes likelyVotes, StatementRepository statements) {
        this.likelyVotes = likelyVotes;
        this.statements = statements;
    }

    @QueryMapping
    LikelyVotesAnswer likelyVotes(@Argument String rollCall, @Argument LocalDate asOf, @Argument Integer first) {
        return likelyVotes.of(rollCall, asOf, PageSize.require(first, "first"));
    }

    @SchemaMapping(typeName = "LikelyVotes", field = "rollCall")
    Statement rollCall(LikelyVotesAnswer answer) {
        return statements.findById(answer.rollCall())
                .orElseThrow(() -> new NotFoundException("rollCall", "roll call", answer.rollCall()));
    }
}
