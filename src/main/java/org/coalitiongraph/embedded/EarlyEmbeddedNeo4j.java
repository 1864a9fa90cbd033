package org.coalitiongraph.embedded;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded database in a thread of its own as soon as its settings are known, before
 * Spring reads the app's configuration; the {@link EmbeddedNeo4j} bean then takes it over. The two
 * took turns on one thread: about 4 s of Spring, then 6–8 s of Neo4j, at the start of every command.
 * Registered by the command line only: there nothing else runs yet that the second core could do.
 */
public final class EarlyEmbeddedNeo4j implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "earlyEmbeddedNeo4j";

    private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedNeo4j.class);

    private final EmbeddedNeo4jProperties properties;
    private final CompletableFuture<EmbeddedNeo4j> start;
    private boolean taken;

    /** For {@code SpringApplication.addInitializers}. */
    public EarlyEmbeddedNeo4j() {
        this.properties = null;
        this.start = null;
    }

    private EarlyEmbeddedNeo4j(EmbeddedNeo4jProperties properties) {
        this.properties = properties;
        this.start = CompletableFuture.supplyAsync(() -> EmbeddedNeo4j.start(properties),
                task -> Thread.ofPlatform().name("embedded-neo4j-start").start(task));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (!NoNeo4jUriCondition.embedded(environment)) {
            return;
        }
        var settings = Binder.get(environment).bindOrCreate("coalition.embedded", Bindable.of(EmbeddedNeo4jProperties.class));
        var early = new EarlyEmbeddedNeo4j(settings);
        var beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton(BEAN, early);
        // Stopped with the context unless the bean took it over (a start that failed before the bean was made).
        beans.registerDisposableBean(BEAN, early::closeUnlessTaken);
    }

    /** The database started early with these settings, or null (other settings: the caller starts its own). */
    synchronized EmbeddedNeo4j take(EmbeddedNeo4jProperties wanted) {
        if (taken || !wanted.equals(properties)) {
            return null;
        }
        taken = true;
        long waiting = System.nanoTime();
        try {
            var neo4j = start.join();
            log.info("Embedded Neo4j started alongside the app; waited {} ms for it", (System.nanoTime() - waiting) / 1_000_000);
            return neo4j;
        } catch (CompletionException e) {
            // As if started here: the command line explains a locked data directory from the cause.
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private synchronized void closeUnlessTaken() {
        if (!taken) {
            taken = true;
            try {
                start.join().close();
            } catch (CompletionException e) {
                // It never started: nothing to stop.
            }
        }
    }
}
