package org.coalitiongraph.statement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.filter.AnalyticsFilters;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.graph.NodeMapper;
import org.coalitiongraph.paging.Connection;
import org.coalitiongraph.paging.NodeEdge;
import org.coalitiongraph.paging.PageRequest;
import org.coalitiongraph.paging.Pages;
import org.coalitiongraph.search.LuceneQuery;
import org.coalitiongraph.web.Arguments;
import org.coalitiongraph.web.InvalidArgumentException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/** Lists statements a page at a time: the common filter, then signatories, words and the document symbol. */
@Service
public final class Statements {

    private final AnalyticsFilters filters;
    private final Pages pages;
    private final NodeMapper nodes;
    private final Neo4jClient neo4j;
    private final CypherQueries queries;

    public Statements(AnalyticsFilters filters, Pages pages, NodeMapper nodes, Neo4jClient neo4j, CypherQueries queries) {
        this.filters = filters;
        this.pages = pages;
        this.nodes = nodes;
        this.neo4j = neo4j;
        this.queries = queries;
    }

    /** @param symbol only statements with exactly this UN document symbol; null for any */
    public Connection<NodeEdge<Statement>> page(AnalyticsFilter filter, List<String> signedBy, String text,
            String symbol, PageRequest request) {
        Arguments.requireNotEmpty(signedBy, "signedBy");
        filters.requireKnown(signedBy, "Actor", "signedBy");
        if (filter.actorKinds() != null) {
            throw new InvalidArgumentException("filter.actorKinds", "restricts actors, not statements; use signedBy");
        }
        var ids = filters.scope(filter, "filter").statementIds();
        if (text != null) {
            var matching = new HashSet<>(neo4j.query(queries.get("queries/statement/text-matches"))
                    .bind(LuceneQuery.everyWord(text, "text")).to("query")
                    .fetchAs(String.class).all());
            ids = ids == null ? List.copyOf(matching) : ids.stream().filter(matching::contains).toList();
        }
        if (symbol != null) {
            var withSymbol = new HashSet<>(neo4j.query(queries.get("queries/statement/with-symbol"))
                    .bind(symbol).to("symbol")
                    .fetchAs(String.class).all());
            ids = ids == null ? List.copyOf(withSymbol) : ids.stream().filter(withSymbol::contains).toList();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        parameters.put("signedBy", signedBy);
        return pages.page("queries/statement/page", parameters, request,
                (row, cursor) -> new NodeEdge<>(cursor, nodes.map(row.get("node"), Statement.class)));
    }
}
