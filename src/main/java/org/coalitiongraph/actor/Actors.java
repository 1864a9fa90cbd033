package org.coalitiongraph.actor;

import java.util.HashMap;

import org.coalitiongraph.graph.NodeMapper;
import org.coalitiongraph.paging.Connection;
import org.coalitiongraph.paging.NodeEdge;
import org.coalitiongraph.paging.PageRequest;
import org.coalitiongraph.paging.Pages;
import org.coalitiongraph.web.Arguments;
import org.springframework.stereotype.Service;

/** Lists actors by name, a page at a time. */
@Service
public final class Actors {

    private final Pages pages;
    private final NodeMapper nodes;

    public Actors(Pages pages, NodeMapper nodes) {
        this.pages = pages;
        this.nodes = nodes;
    }

    public Connection<NodeEdge<Actor>> page(ActorFilter filter, PageRequest request) {
        Arguments.requireNotEmpty(filter.kinds(), "filter.kinds");
        Arguments.requireNotEmpty(filter.regionalGroups(), "filter.regionalGroups");
        var parameters = new HashMap<String, Object>();
        parameters.put("labels", filter.kinds() == null ? null : filter.kinds().stream().map(ActorKind::label).toList());
        parameters.put("regionalGroups", filter.regionalGroups());
        parameters.put("ecosocStatus", filter.ecosocStatus());
        parameters.put("name", filter.name() == null || filter.name().isBlank() ? null : filter.name().strip());
        return pages.page("queries/actor/page", parameters, request,
                (row, cursor) -> new NodeEdge<>(cursor, nodes.map(row.get("node"), Actor.class)));
    }
}
