package org.coalitiongraph.audit;

import java.util.HashMap;

import org.coalitiongraph.graph.NodeMapper;
import org.coalitiongraph.paging.Connection;
import org.coalitiongraph.paging.NodeEdge;
import org.coalitiongraph.paging.PageRequest;
import org.coalitiongraph.paging.Pages;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The audit log, for admins only (the schema marks the field; the access policy enforces it). */
@Controller
class AuditController {

    private static final String NEWEST_FIRST = "NEWEST";

    private final Pages pages;
    private final NodeMapper nodes;

    AuditController(Pages pages, NodeMapper nodes) {
        this.pages = pages;
        this.nodes = nodes;
    }

    @QueryMapping
    Connection<NodeEdge<AuditEntry>> auditLog(@Argument String target, @Argument String who, @Argument Integer first,
            @Argument String after) {
        var parameters = new HashMap<String, Object>();
        parameters.put("target", target);
        parameters.put("who", who);
        return pages.page("audit/page", parameters, PageRequest.of(first, after, NEWEST_FIRST),
                (row, cursor) -> new NodeEdge<>(cursor, nodes.map(row.get("node"), AuditEntry.class)));
    }
}
