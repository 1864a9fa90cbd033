package org.coalitiongraph.alignment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.actor.ActorRepository;
import org.coalitiongraph.projection.Projection;
import org.coalitiongraph.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Between the projection's actor numbers and the graph's actors: ids asked about, actors answered. */
@Component
public final class ProjectedActors {

    /** An actor the graph has but the projection does not yet (written by another instance a moment ago). */
    public static final int NOT_YET_PROJECTED = -1;

    private final ActorRepository actors;

    ProjectedActors(ActorRepository actors) {
        this.actors = actors;
    }

    /**
     * @return the actor's number in the projection, or {@link #NOT_YET_PROJECTED}
     * @throws NotFoundException naming {@code argument} when the graph has no actor with the id
     */
    public int require(Projection projection, String id, String argument) {
        int actor = projection.actor(id);
        if (actor >= 0) {
            return actor;
        }
        if (actors.existsById(id)) {
            return NOT_YET_PROJECTED;
        }
        throw new NotFoundException(argument, "actor", id);
    }

    /** An actor the projection does not hold yet, read from the graph. */
    public Actor byId(String id) {
        return actors.findById(id).orElseThrow(() -> new NotFoundException("actor", "actor", id));
    }

    /** The actors with these numbers, by number, read from the graph in one query. */
    public Map<Integer, Actor> load(Projection projection, List<Integer> numbers) {
        var byId = actors.findAllById(numbers.stream().map(projection::actorId).toList()).stream()
                .collect(Collectors.toMap(Actor::getId, Function.identity()));
        return numbers.stream().filter(n -> byId.containsKey(projection.actorId(n)))
                .collect(Collectors.toMap(Function.identity(), n -> byId.get(projection.actorId(n)), (x, y) -> x));
    }
}
