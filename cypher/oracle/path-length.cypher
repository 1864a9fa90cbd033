// Plain Cypher: the number of hops of the shortest chain of co-signatures from $from to $to (actor
// ids), each hop two actors that signed one statement; null when no chain links them. The oracle of `path`.
// $statements: the ids the filter admits, or null for all; $actorLabels: e.g. ['State'], or null.
// The ends are matched inside the pattern: with both bound beforehand (MATCH (a), (b) then OPTIONAL
// MATCH SHORTEST (a) (…)* (b)), Neo4j 2026.08 answered a path of length 0 holding only `a` for
// actors that share no statement.
// The actors in between must carry one of $actorLabels; the ends need not.
OPTIONAL MATCH p = SHORTEST 1 (:Actor {id: $from})
    ((:Actor)-[:SIGNED]->(s:Statement)<-[:SIGNED]-(x:Actor)
        WHERE ($statements IS NULL OR s.id IN $statements)
          AND (x.id = $to OR $actorLabels IS NULL OR any(label IN labels(x) WHERE label IN $actorLabels)))*
    (:Actor {id: $to})
RETURN CASE WHEN p IS NULL THEN null ELSE length(p) / 2 END AS hops
