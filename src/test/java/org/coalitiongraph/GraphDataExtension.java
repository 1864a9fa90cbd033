package org.coalitiongraph;

import org.coalitiongraph.graph.GraphChanged;
import org.coalitiongraph.ingest.Datasets;
import org.coalitiongraph.projection.AnalyticsProjection;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.Driver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Empties the shared test database and loads the class's {@link GraphData} before its tests. */
final class GraphDataExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        var data = context.getRequiredTestClass().getAnnotation(GraphData.class);
        emptyGraph(spring.getBean(Driver.class));
        if (data != null) {
            for (var dataset : data.value()) {
                spring.getBean(Datasets.class).load(dataset);
            }
        }
        // Emptying the graph leaves no audit entry for the analytics to follow.
        spring.getBean(AnalyticsProjection.class).reloadAll();
        // Nor an event: the name indexes and the response cache would keep the graph of the class before.
        spring.publishEvent(new GraphChanged("test data reset", true));
    }

    /** Deletes every node but the records of applied migrations; the schema stays. */
    static void emptyGraph(Driver driver) {
        driver.executableQuery("MATCH (n) WHERE NOT n:Migration DETACH DELETE n").execute();
    }
}
