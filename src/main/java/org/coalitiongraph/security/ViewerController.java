package org.coalitiongraph.security;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ViewerController {

    record Viewer(String name, Role role) {
    }

    @QueryMapping
    Viewer viewer(GraphQLContext context) {
        var caller = Caller.of(context);
        return new Viewer(caller.name(), caller.role().orElse(null));
    }
}
