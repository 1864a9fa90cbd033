package org.coalitiongraph.alignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Actors read for answers, kept while the projection they were read for is current. */
    private volatile Loaded loaded = new Loaded(-1, new ConcurrentHashMap<>());

    private record Loaded(long version, Map<String, Actor> byId) {
    }

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

    /**
     * The actors with these numbers, by number. Reading a page of actors costs more than ranking
     * them, so actors are kept until the projection changes (any write): a front end asking again
     * and again reads each actor once.
     */
    public Map<Integer, Actor> load(Projection projection, List<Integer> numbers) {
        var cache = loaded;
        if (cache.version() != projection.version()) {
            cache = new Loaded(projection.version(), new ConcurrentHashMap<>());
            loaded = cache;
        }
        var byId = cache.byId();
        var missing = numbers.stream().map(projection::actorId).filter(id -> !byId.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            actors.findAllById(missing).forEach(actor -> byId.put(actor.getId(), actor));
        }
        var answer = new HashMap<Integer, Actor>();
        for (int n : numbers) {
            var actor = byId.get(projection.actorId(n));
            if (actor != null) {
                answer.put(n, actor);
            }
        }
        return answer;
    }
}
