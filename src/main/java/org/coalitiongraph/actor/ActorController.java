package org.coalitiongraph.actor;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ActorController {

    private final ActorRepository actors;

    ActorController(ActorRepository actors) {
        this.actors = actors;
    }

    @QueryMapping
    Actor actor(@Argument String id) {
        return actors.findById(id).orElse(null);
    }
}
