package org.coalitiongraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.actor.Actor;
import org.coalitiongraph.actor.Organisation;
import org.coalitiongraph.actor.State;
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
        // Candidates beyond the page, so that re-ranking can lift a better name from below the cut.
        var parameters = Map.<String, Object>of("query", LuceneQuery.anyWord(text, "text"), "first", Math.max(50, 5 * limit));
        var candidates = new ArrayList<Candidate>();
        candidates.addAll(candidates("queries/search/actors", parameters, Actor.class));
        candidates.addAll(candidates("queries/search/statements", parameters, Statement.class));
        double top = candidates.stream().mapToDouble(Candidate::score).max().orElse(1);
        return candidates.stream()
                .map(c -> new SearchHit(Relevance.of(text, names(c.node()), c.score() / top), c.node()))
                .sorted(Comparator.comparingDouble(SearchHit::score).reversed())
                .limit(limit)
                .toList();
    }

    private static List<String> names(Object node) {
        var names = new ArrayList<String>();
        switch (node) {
            case Organisation o -> {
                names.add(o.getName());
                names.add(o.getAcronym());
                names.addAll(o.getAliases());
            }
            case State s -> {
                names.add(s.getName());
                names.add(s.getFormalName());
                names.add(s.getIso3());
                names.addAll(s.getAliases());
            }
            case Statement s -> {
                names.add(s.getTitle());
                names.add(s.getSymbol());
            }
            default -> throw new IllegalStateException("Not searchable: " + node);
        }
        names.removeIf(java.util.Objects::isNull);
        return names;
    }

    private List<Candidate> candidates(String query, Map<String, Object> parameters, Class<?> type) {
        return List.copyOf(neo4j.query(queries.get(query)).bindAll(parameters)
                .fetchAs(Candidate.class)
                .mappedBy((types, record) -> new Candidate(record.get("score").asDouble(),
                        nodes.map(record.get("node"), type)))
                .all());
    }

    private record Candidate(double score, Object node) {
    }
}
