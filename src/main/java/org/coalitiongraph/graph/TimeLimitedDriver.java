package org.coalitiongraph.graph;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The application's driver as request code sees it: its (blocking) sessions give every transaction
 * a timeout. The connection pool is the one of the wrapped driver; closing stays with its owner.
 */
final class TimeLimitedDriver implements Driver {

    private final Driver driver;
    private final Duration timeout;

    TimeLimitedDriver(Driver driver, Duration timeout) {
        this.driver = driver;
        this.timeout = timeout;
    }

    @Override
    public <T extends BaseSession> T session(Class<T> type, SessionConfig config, AuthToken token) {
        var session = driver.session(type, config, token);
        // Spring Data Neo4j's Neo4jClient and transaction manager use blocking sessions only.
        return type == Session.class ? type.cast(new TimeLimitedSession((Session) session, timeout)) : session;
    }

    /** Not limited: request code reaches Neo4j through Spring Data Neo4j, which does not use it. */
    @Override
    public ExecutableQuery executableQuery(String query) {
        return driver.executableQuery(query);
    }

    @Override
    public BookmarkManager executableQueryBookmarkManager() {
        return driver.executableQueryBookmarkManager();
    }

    @Override
    public boolean isEncrypted() {
        return driver.isEncrypted();
    }

    @Override
    public void verifyConnectivity() {
        driver.verifyConnectivity();
    }

    @Override
    public CompletionStage<Void> verifyConnectivityAsync() {
        return driver.verifyConnectivityAsync();
    }

    @Override
    public boolean verifyAuthentication(AuthToken token) {
        return driver.verifyAuthentication(token);
    }

    @Override
    public boolean supportsSessionAuth() {
        return driver.supportsSessionAuth();
    }

    @Override
    public boolean supportsMultiDb() {
        return driver.supportsMultiDb();
    }

    @Override
    public CompletionStage<Boolean> supportsMultiDbAsync() {
        return driver.supportsMultiDbAsync();
    }

    /** The wrapped driver belongs to Spring, which closes it; this view has nothing of its own to close. */
    @Override
    public void close() {
    }

    @Override
    public CompletionStage<Void> closeAsync() {
        return java.util.concurrent.CompletableFuture.completedFuture(null);
    }
}
