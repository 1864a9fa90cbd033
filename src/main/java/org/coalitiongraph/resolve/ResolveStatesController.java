package org.coalitiongraph.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coalitiongraph.actor.State;
import org.coalitiongraph.actor.StateRepository;
import org.coalitiongraph.web.InvalidArgumentException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ResolveStatesController {

    static final int MAX_NAMES = 10_000;

    private final StateResolver resolver;
    private final StateRepository states;

    ResolveStatesController(StateResolver resolver, StateRepository states) {
        this.resolver = resolver;
        this.states = states;
    }

    @QueryMapping
    List<StateResolution> resolveStates(@Argument List<String> names) {
        if (names.size() > MAX_NAMES) {
            throw new InvalidArgumentException("names", "at most " + MAX_NAMES + " names per request, was " + names.size());
        }
        var matches = resolver.resolve(names);
        var ids = new HashSet<String>();
        matches.forEach(match -> {
            if (match.id() != null) {
                ids.add(match.id());
            }
            ids.addAll(match.candidates());
        });
        Map<String, State> byId = states.findAllById(ids).stream()
                .collect(Collectors.toMap(State::getId, Function.identity()));
        return matches.stream().map(match -> new StateResolution(match.input(), match.status(),
                match.id() == null ? null : byId.get(match.id()), match.matchedBy(), match.matched(),
                match.candidates().stream().map(byId::get).filter(Objects::nonNull).toList())).toList();
    }
}
