package org.coalitiongraph.projection;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.coalitiongraph.graph.GraphChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The analytics' in-memory copy of the graph (Neo4j stays the source of truth), kept current by
 * following the audit log: a write through this app brings it up to date before the write returns;
 * writes by others (another instance, a command on a server) show within the poll interval.
 * One background thread reads and rebuilds; readers take the latest immutable {@link Projection}.
 */
@Component
public final class AnalyticsProjection implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsProjection.class);
    /** Beyond this many records to read again, one read of everything is quicker. */
    private static final int FULL_LOAD_ABOVE = 20_000;

    private final ProjectionLoader loader;
    private final ApplicationEventPublisher events;
    private final Duration pollInterval;
    private final Duration firstLoadWait;
    private final Duration writeWait;
    private final ScheduledExecutorService updater = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "analytics-projection");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicLong requested = new AtomicLong();
    private final AtomicBoolean fullLoadRequested = new AtomicBoolean(true);
    private final Object progress = new Object();
    private volatile long completed;
    private volatile Projection current;
    private volatile RuntimeException lastFailure;
    // The updater thread's own.
    private GraphModel model;
    private final ChangeFeed feed = new ChangeFeed();
    private long versions;

    AnalyticsProjection(ProjectionLoader loader, ApplicationEventPublisher events,
            @Value("${coalition.analytics.poll-interval:1s}") Duration pollInterval,
            @Value("${coalition.analytics.first-load-wait:120s}") Duration firstLoadWait,
            @Value("${coalition.analytics.write-wait:5s}") Duration writeWait) {
        this.loader = loader;
        this.events = events;
        this.pollInterval = pollInterval;
        this.firstLoadWait = firstLoadWait;
        this.writeWait = writeWait;
    }

    /**
     * The latest projection; on first use, waits for the first read of the graph.
     *
     * @throws ProjectionUnavailableException when the graph could not be read in time
     */
    public Projection current() {
        var projection = current;
        if (projection != null) {
            return projection;
        }
        awaitUpdate(start(), firstLoadWait);
        projection = current;
        if (projection == null) {
            throw new ProjectionUnavailableException(lastFailure);
        }
        return projection;
    }

    /** The web app reads the graph as soon as it serves, so that the first question does not wait. */
    @EventListener(WebServerInitializedEvent.class)
    void warmUp() {
        start();
    }

    /**
     * A write through this app committed: bring the projection up to date before the writer returns,
     * so that whoever wrote reads the write in the analytics (bounded by {@code write-wait}). First of
     * the listeners: the response cache forgets after this, or it could keep an answer from the old copy.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onGraphChanged(GraphChanged change) {
        if (started.get() && !change.seenInAuditLog()) {
            awaitUpdate(request(), writeWait);
        }
    }

    /** Reads the whole graph again and waits for it: after changes that bypass the audit log (tests empty the graph). */
    public void reloadAll() {
        fullLoadRequested.set(true);
        awaitUpdate(started.get() ? request() : start(), firstLoadWait);
    }

    private long start() {
        if (started.compareAndSet(false, true)) {
            long poll = Math.max(50, pollInterval.toMillis());
            updater.scheduleWithFixedDelay(this::request, poll, poll, TimeUnit.MILLISECONDS);
        }
        return request();
    }

    private long request() {
        long generation = requested.incrementAndGet();
        updater.execute(this::update);
        return generation;
    }

    private void update() {
        long target = requested.get();
        if (target <= completed) {
            return;
        }
        try {
            if (fullLoadRequested.getAndSet(false) || model == null) {
                loadAll();
            } else {
                catchUp();
            }
            if (lastFailure != null) {
                LOG.info("The analytics read the graph again");
                lastFailure = null;
            }
        } catch (RuntimeException e) {
            // Once per outage: the poll retries every interval, and each retry would say the same.
            if (lastFailure == null) {
                LOG.warn("The analytics could not read the graph; they answer from the last copy: {}", e.toString());
            } else {
                LOG.debug("The analytics still cannot read the graph: {}", e.toString());
            }
            lastFailure = e;
            if (model != null) {
                // What was not read is read again whole next time.
                fullLoadRequested.set(true);
            }
        } finally {
            synchronized (progress) {
                completed = Math.max(completed, target);
                progress.notifyAll();
            }
        }
    }

    private void loadAll() {
        long started = System.nanoTime();
        var now = loader.now();
        feed.restart(now, loader.writesSince(now.minus(ChangeFeed.OVERLAP)));
        model = loader.loadAll();
        publish();
        LOG.info("Analytics projection read: {} actors, {} statements, {} roll calls in {} ms",
                current.actorCount(), current.statementCount(), current.rollCallCount(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void catchUp() {
        var writes = feed.unseen(loader.writesSince(feed.readFrom()));
        if (writes.isEmpty()) {
            return;
        }
        var ids = new HashSet<String>();
        writes.forEach(write -> ids.addAll(write.targets()));
        boolean unlisted = writes.stream().anyMatch(write -> write.targets().isEmpty());
        if (unlisted || ids.size() > FULL_LOAD_ABOVE || !reread(ids)) {
            loadAll();
        } else {
            publish();
        }
        // Writes by others reach the other read models (the response cache) this way too, within the poll.
        events.publishEvent(new GraphChanged(writes.size() + " write(s) in the audit log", true));
    }

    /** Reads again the records with these ids and what hangs on them; false when that is most of the graph. */
    private boolean reread(Set<String> ids) {
        var actors = loader.actors(ids);
        var actorIds = new HashSet<String>();
        actors.forEach(actor -> actorIds.add(actor.id()));
        ids.stream().filter(model.actors::containsKey).forEach(actorIds::add);
        var statementIds = new HashSet<>(ids);
        if (!actorIds.isEmpty()) {
            // An actor's edges belong to statements' records, but a merge moves them: read again every
            // statement the actor had or has.
            statementIds.addAll(statementsHeldBy(actorIds));
            statementIds.addAll(loader.statementsOf(actorIds));
        }
        if (statementIds.size() > FULL_LOAD_ABOVE) {
            return false;
        }
        ids.forEach(model.actors::remove);
        actors.forEach(actor -> model.actors.put(actor.id(), actor));
        var statements = loader.statements(statementIds);
        statementIds.forEach(model.statements::remove);
        statements.forEach(statement -> model.statements.put(statement.id(), statement));
        model.broader = loader.broader();
        model.bodies = loader.bodies();
        return true;
    }

    private Set<String> statementsHeldBy(Set<String> actorIds) {
        var held = new HashSet<String>();
        var projection = current;
        for (var id : actorIds) {
            int actor = projection == null ? -1 : projection.actor(id);
            if (actor < 0 || !projection.actorId(actor).equals(id)) {
                continue;
            }
            for (int s : projection.signed(actor)) {
                held.add(projection.statementId(s));
            }
            if (projection.voted(actor)) {
                for (int r = 0; r < projection.rollCallCount(); r++) {
                    if (projection.vote(actor, r) != null) {
                        held.add(projection.statementId(projection.rollCallStatement(r)));
                    }
                }
            }
        }
        return held;
    }

    private void publish() {
        current = ProjectionBuilder.build(model, ++versions);
    }

    private void awaitUpdate(long generation, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (completed < generation) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void destroy() {
        updater.shutdownNow();
    }
}
