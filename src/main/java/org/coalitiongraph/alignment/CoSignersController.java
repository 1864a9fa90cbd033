package org.coalitiongraph.alignment;

import java.util.List;
import java.util.Map;

import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.statement.Statement;
import org.coalitiongraph.web.PageSize;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class CoSignersController {

    private final CoSigners coSigners;

    CoSignersController(CoSigners coSigners) {
        this.coSigners = coSigners;
    }

    @QueryMapping
    List<CoSigner> coSigners(@Argument String actor, @Argument AnalyticsFilter filter, @Argument Integer first) {
        return coSigners.of(actor, AnalyticsFilter.orNone(filter), PageSize.require(first, "first"));
    }

    @BatchMapping(typeName = "CoSigner")
    Map<CoSigner, List<Statement>> statements(List<CoSigner> rows) {
        return coSigners.statements(rows);
    }
}
