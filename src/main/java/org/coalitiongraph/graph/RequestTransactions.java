package org.coalitiongraph.graph;

import java.time.Duration;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * Puts a time limit on the Cypher that requests run: a query that would keep the database busy
 * for long is ended by Neo4j and answered with LIMIT_EXCEEDED.
 * <p>
 * Requests reach Neo4j only through Spring Data Neo4j: the {@link Neo4jClient} (auto-commit
 * queries) and repositories (transactions of the transaction manager). Both are built here on a
 * view of the driver whose transactions carry the timeout; the two must share that one view,
 * because Spring Data finds an ongoing transaction by its driver. Start-up work (schema,
 * migrations, dataset imports) uses the {@link Driver} bean itself and is not limited: an import
 * may rightly take longer than any request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestTransactions.Properties.class)
public final class RequestTransactions {

    /**
     * @param transactionTimeout how long the database may work on one transaction of a request;
     *                           a GraphQL request usually runs one short query per level of nesting
     */
    @ConfigurationProperties("coalition.limits")
    public record Properties(@DefaultValue("10s") Duration transactionTimeout) {
    }

    private final Driver requestDriver;

    RequestTransactions(Driver driver, Properties limits) {
        this.requestDriver = new TimeLimitedDriver(driver, limits.transactionTimeout());
    }

    @Bean
    Neo4jClient neo4jClient(DatabaseSelectionProvider databases) {
        return Neo4jClient.create(requestDriver, databases);
    }

    @Bean
    Neo4jTransactionManager transactionManager(DatabaseSelectionProvider databases,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        var manager = new Neo4jTransactionManager(requestDriver, databases);
        customizers.ifAvailable(all -> all.customize(manager));
        return manager;
    }
}
