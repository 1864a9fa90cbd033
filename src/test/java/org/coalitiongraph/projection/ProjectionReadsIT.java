package org.coalitiongraph.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.coalitiongraph.GeneratedAlignments;
import org.coalitiongraph.GraphData;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.embedded.EmbeddedNeo4j;
import org.coalitiongraph.ingest.GraphImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded database's own API reads every statement exactly as the Cypher read does. */
@IntegrationTest
@GraphData("demo-hrc47")
class ProjectionReadsIT {

    @Autowired
    GraphImporter importer;

    @Autowired
    ProjectionLoader loader;

    @Autowired
    ObjectProvider<EmbeddedNeo4j> embedded;

    @Test
    void theEmbeddedReadEqualsTheCypherRead() {
        var neo4j = embedded.getIfAvailable();
        assumeThat(neo4j).as("an embedded database").isNotNull();
        importer.importDocument(GeneratedAlignments.generate(7, 20, 30, 120, 80), "generated graph, seed 7");

        var byCypher = normalised(loader.statements(null));
        var byApi = normalised(EmbeddedStatements.readAll(neo4j.database()));

        assertThat(byApi).hasSize(4 + 120 + 80).isEqualTo(byCypher);
        assertThat(byApi).anySatisfy(s -> assertThat(s.votes()).isNotEmpty())
                .anySatisfy(s -> assertThat(s.counters()).isNotEmpty())
                .anySatisfy(s -> assertThat(s.issues()).isNotEmpty())
                .anySatisfy(s -> assertThat(s.leads()).isNotEmpty())
                .anySatisfy(s -> assertThat(s.listComplete()).isTrue())
                .anySatisfy(s -> assertThat(s.title()).isNotBlank());
    }

    /** Statements by id, each one's lists in one order: both reads promise the contents, not the order. */
    private static List<StatementFacts> normalised(List<StatementFacts> statements) {
        var sorted = new ArrayList<StatementFacts>();
        for (var s : statements) {
            sorted.add(new StatementFacts(s.id(), s.kind(), s.date(), s.session(),
                    s.issues().stream().sorted(Comparator.comparing(StatementFacts.Stance::issue)).toList(),
                    s.counters().stream().sorted().toList(), s.signers().stream().sorted().toList(),
                    s.votes().stream().sorted(Comparator.comparing(StatementFacts.CastVote::actor)).toList(),
                    s.title(), s.text(), s.listComplete(), s.leads().stream().sorted().distinct().toList()));
        }
        sorted.sort(Comparator.comparing(StatementFacts::id));
        return sorted;
    }
}
