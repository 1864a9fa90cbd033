package org.coalitiongraph.path;

import org.coalitiongraph.filter.AnalyticsFilter;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PathController {

    private final CoSignaturePaths paths;

    PathController(CoSignaturePaths paths) {
        this.paths = paths;
    }

    @QueryMapping
    CoSignaturePath path(@Argument String from, @Argument String to, @Argument AnalyticsFilter filter) {
        return paths.between(from, to, AnalyticsFilter.orNone(filter));
    }
}
