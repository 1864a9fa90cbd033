package org.coalitiongraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.graph.NodeMapper;
import org.coalitiongraph.statement.Statement;
import org.coalitiongraph.web.PageSize;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

    private final Neo4jClient neo4j;
    private final CypherQueries queries;
    private final NodeMapper nodes;

    SearchController(Neo4jClient neo4j, CypherQueries queries, NodeMapper nodes) {
        this.neo4j = neo4j;
        this.queries = queries;
        this.nodes = nodes;
    }

    @QueryMapping
    List<SearchHit> search(@Argument String text, @Argument Integer first) {
        int limit = PageSize.require(first, "first");
        var parameters = Map.<String, Object>of("query", LuceneQuery.anyWord(text, "text"), "first", limit);
        var hits = new ArrayList<SearchHit>();
        hits.addAll(hits("queries/search/actors", parameters, Actor.class));
        hits.addAll(hits("queries/search/statements", parameters, Statement.class));
        return hits.stream().sorted(Comparator.comparingDouble(SearchHit::score).reversed()).limit(limit).toList();
    }

    private List<SearchHit> hits(String query, Map<String, Object> parameters, Class<?> type) {
        return List.copyOf(neo4j.query(queries.get(query)).bindAll(parameters)
                .fetchAs(SearchHit.class)
                .mappedBy((types, record) -> new SearchHit(record.get("score").asDouble(),
                        nodes.map(record.get("node"), type)))
                .all());
    }
}
