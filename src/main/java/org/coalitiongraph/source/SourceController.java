package org.coalitiongraph.source;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SourceController {

    private final SourceRepository repository;

    SourceController(SourceRepository repository) {
        this.repository = repository;
    }

    @QueryMapping
    Source source(@Argument String id) {
        return repository.findById(id).orElse(null);
    }
}
