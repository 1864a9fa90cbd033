package org.coalitiongraph.graph;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

/**
 * A session whose every transaction, auto-commit queries included, carries a timeout unless the
 * caller gave one. The timeout travels to the server with the transaction, so it holds for the
 * embedded database and for any server alike; the server ends the transaction when it runs out.
 */
final class TimeLimitedSession implements Session {

    private final Session session;
    private final Duration timeout;

    TimeLimitedSession(Session session, Duration timeout) {
        this.session = session;
        this.timeout = timeout;
    }

    private TransactionConfig limited(TransactionConfig config) {
        if (config.timeout() != null) {
            return config;
        }
        return TransactionConfig.builder().withTimeout(timeout).withMetadata(config.metadata()).build();
    }

    @Override
    public Result run(String query) {
        return run(new Query(query), TransactionConfig.empty());
    }

    @Override
    public Result run(String query, Value parameters) {
        return run(new Query(query, parameters), TransactionConfig.empty());
    }

    @Override
    public Result run(String query, Map<String, Object> parameters) {
        return run(new Query(query, parameters), TransactionConfig.empty());
    }

    @Override
    public Result run(String query, Record parameters) {
        return run(new Query(query, parameters.asMap()), TransactionConfig.empty());
    }

    @Override
    public Result run(Query query) {
        return run(query, TransactionConfig.empty());
    }

    @Override
    public Result run(String query, TransactionConfig config) {
        return session.run(query, limited(config));
    }

    @Override
    public Result run(String query, Map<String, Object> parameters, TransactionConfig config) {
        return session.run(query, parameters, limited(config));
    }

    @Override
    public Result run(Query query, TransactionConfig config) {
        return session.run(query, limited(config));
    }

    @Override
    public Transaction beginTransaction() {
        return beginTransaction(TransactionConfig.empty());
    }

    @Override
    public Transaction beginTransaction(TransactionConfig config) {
        return session.beginTransaction(limited(config));
    }

    @Override
    public <T> T executeRead(TransactionCallback<T> callback, TransactionConfig config) {
        return session.executeRead(callback, limited(config));
    }

    @Override
    public <T> T executeWrite(TransactionCallback<T> callback, TransactionConfig config) {
        return session.executeWrite(callback, limited(config));
    }

    @Override
    public Set<Bookmark> lastBookmarks() {
        return session.lastBookmarks();
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() {
        session.close();
    }
}
