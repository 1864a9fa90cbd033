package org.coalitiongraph.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coalitiongraph.GeneratedSignatures;
import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.ingest.ImportDocument.StatementRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Paging through statements in small pages gives the whole list in exactly the documented order. */
@IntegrationTest
@GraphData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsPagingIT {

    private static final String PAGE = """
            query ($order: StatementOrder, $after: String, $signedBy: [ID!], $filter: AnalyticsFilter) {
              statements(orderBy: $order, first: 7, after: $after, signedBy: $signedBy, filter: $filter) {
                totalCount
                nodes { id }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Autowired
    GraphImporter importer;

    @LocalServerPort
    int port;

    ImportDocument generated;

    @BeforeAll
    void importGeneratedGraph() {
        generated = GeneratedSignatures.generate(11, 10, 15, 60);
        importer.importDocument(generated, "generated graph");
    }

    @ParameterizedTest
    @EnumSource(StatementOrder.class)
    void pagesGiveEveryStatementOnceInOrder(StatementOrder order) {
        assertThat(pageThrough(order, null, null)).isEqualTo(expected(order, generated.statements()));
    }

    @ParameterizedTest
    @EnumSource(StatementOrder.class)
    void pagesOfAFilteredListToo(StatementOrder order) {
        var actor = "state:S3";
        var matching = generated.statements().stream()
                .filter(s -> s.kind() != StatementKind.LETTER)
                .filter(s -> s.signatories().stream().anyMatch(g -> g.actor().equals(actor)))
                .toList();
        assertThat(matching).isNotEmpty();

        Map<String, Object> filter = Map.of("kinds", List.of("JOINT_STATEMENT", "ORAL_STATEMENT"));
        assertThat(pageThrough(order, List.of(actor), filter)).isEqualTo(expected(order, matching));
    }

    private List<String> pageThrough(StatementOrder order, List<String> signedBy, Map<String, Object> filter) {
        var graphQl = GraphQlHttp.tester(port);
        var ids = new ArrayList<String>();
        String cursor = null;
        boolean more = true;
        while (more) {
            var response = graphQl.document(PAGE).variable("order", order.name()).variable("after", cursor)
                    .variable("signedBy", signedBy).variable("filter", filter).execute();
            ids.addAll(response.path("statements.nodes[*].id").entityList(String.class).get());
            more = response.path("statements.pageInfo.hasNextPage").entity(Boolean.class).get();
            cursor = response.path("statements.pageInfo.endCursor").entity(String.class).get();
        }
        return ids;
    }

    /** The documented order, computed plainly: dated statements by date (undated last), or by title; ties by id. */
    private static List<String> expected(StatementOrder order, List<StatementRecord> statements) {
        Comparator<StatementRecord> byKey = switch (order) {
            case NEWEST_FIRST -> Comparator.comparing((StatementRecord s) -> s.date() == null)
                    .thenComparing(StatementRecord::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
            case OLDEST_FIRST -> Comparator.comparing((StatementRecord s) -> s.date() == null)
                    .thenComparing(StatementRecord::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
            case TITLE -> Comparator.comparing(s -> s.title().toLowerCase(Locale.ROOT));
        };
        return statements.stream().sorted(byKey.thenComparing(StatementRecord::id)).map(StatementRecord::id).toList();
    }
}
