package org.coalitiongraph.ingest;

import java.util.List;

import org.coalitiongraph.graph.GraphMigrations;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the datasets named by {@code coalition.datasets.load-on-start} (comma-separated; empty for
 * none) before the app takes requests. Depends on {@link GraphMigrations} so the schema is in place.
 */
@Component
final class DatasetsOnStart implements InitializingBean {

    private final Datasets datasets;
    private final List<String> datasetIds;

    DatasetsOnStart(Datasets datasets, GraphMigrations migrated,
            @Value("${coalition.datasets.load-on-start:}") List<String> datasetIds) {
        this.datasets = datasets;
        this.datasetIds = datasetIds.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    @Override
    public void afterPropertiesSet() {
        datasetIds.forEach(datasets::load);
    }
}
