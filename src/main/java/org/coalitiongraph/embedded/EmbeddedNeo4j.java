package org.coalitiongraph.embedded;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM, reachable over Bolt on the loopback interface only,
 * so that the driver and Spring Data Neo4j talk to it exactly as to a server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final URI boltUri;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri) {
        this.dbms = dbms;
        this.boltUri = boltUri;
    }

    public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
        long started = System.nanoTime();
        var home = properties.dataDirectory().toAbsolutePath();
        Map<Setting<?>, Object> settings = Map.of(
                BoltConnector.enabled, true,
                BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()),
                BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                HttpConnector.enabled, false,
                HttpsConnector.enabled, false,
                // Bolt listens on loopback only; authentication would add nothing but a password to manage.
                GraphDatabaseSettings.auth_enabled, false,
                GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()),
                GraphDatabaseSettings.keep_logical_logs, "2 files",
                GraphDatabaseSettings.udc_enabled, false,
                // Bolt's Netty event loops wait 5 s each for quiet before they stop (10 s at every shutdown, a
                // third of a command's run). Our own driver is closed before the database; nothing else connects
                // (loopback only) that a shorter wait could cut off.
                GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(100));
        var dbms = new DatabaseManagementServiceBuilder(home).setConfig(settings).build();
        try {
            var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var bolt = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            var uri = URI.create("bolt://127.0.0.1:" + bolt.getPort());
            log.info("Embedded Neo4j started in {} ms at {}, data in {}",
                    (System.nanoTime() - started) / 1_000_000, uri, home);
            return new EmbeddedNeo4j(dbms, uri);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    public URI boltUri() {
        return boltUri;
    }

    /**
     * The database itself, for bulk writes that are much faster through its own API than through
     * Cypher over Bolt; everything else goes through the driver like any server's clients.
     */
    public GraphDatabaseService database() {
        return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    @Override
    public void close() {
        log.info("Stopping embedded Neo4j");
        dbms.shutdown();
    }
}
