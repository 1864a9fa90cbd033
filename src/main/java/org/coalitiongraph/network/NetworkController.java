package org.coalitiongraph.network;

import org.coalitiongraph.alignment.AlignmentBasis;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class NetworkController {

    private final Networks networks;

    NetworkController(Networks networks) {
        this.networks = networks;
    }

    @QueryMapping
    Network network(@Argument AnalyticsFilter filter, @Argument AlignmentBasis by, @Argument Integer minShared,
            @Argument Double minWeight, @Argument Integer limit, @Argument Double resolution) {
        var request = Networks.Request.of(filter, by, minShared, minWeight);
        return networks.network(request, Networks.requireLimit(limit), Networks.requireResolution(resolution));
    }

    @QueryMapping
    Blocs blocs(@Argument AnalyticsFilter filter, @Argument AlignmentBasis by, @Argument Integer minShared,
            @Argument Double minWeight, @Argument Double resolution, @Argument Integer central) {
        var request = Networks.Request.of(filter, by, minShared, minWeight);
        return networks.blocs(request, Networks.requireResolution(resolution), Networks.requireFirst(central == null ? 5 : central, "central"));
    }

    @QueryMapping
    Centralities centrality(@Argument AnalyticsFilter filter, @Argument AlignmentBasis by, @Argument Integer minShared,
            @Argument Double minWeight, @Argument CentralityOrder orderBy, @Argument Integer first) {
        var request = Networks.Request.of(filter, by, minShared, minWeight);
        return networks.centrality(request, orderBy == null ? CentralityOrder.PAGE_RANK : orderBy,
                Networks.requireFirst(first, "first"));
    }
}
