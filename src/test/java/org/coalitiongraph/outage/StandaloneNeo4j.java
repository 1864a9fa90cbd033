package org.coalitiongraph.outage;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.coalitiongraph.embedded.EmbeddedNeo4j;
import org.coalitiongraph.embedded.EmbeddedNeo4jProperties;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j server in a process of its own, for tests that stop and start it under a running app:
 * the app's embedded database, on the given Bolt port and data directory. Prints {@link #READY}
 * once it accepts connections and runs until it is killed or the process that started it ends.
 * <p>
 * {@code java -cp <test classpath> org.coalitiongraph.outage.StandaloneNeo4j <bolt port> <data directory>}
 */
public final class StandaloneNeo4j {

    static final String READY = "Standalone Neo4j ready at ";

    private StandaloneNeo4j() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Never outlive the test JVM, even when it is killed before it can kill this one.
        ProcessHandle.current().parent().ifPresent(test -> test.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
        // Without Spring Boot to configure it, Logback would log everything at DEBUG.
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        EmbeddedNeo4j neo4j;
        try {
            neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(Path.of(args[1]), Integer.parseInt(args[0]), "16m"));
        } catch (RuntimeException e) {
            e.printStackTrace();
            // Neo4j's threads would keep a failed start alive; the test waits for READY or for the exit.
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        System.out.println(READY + neo4j.boltUri());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
