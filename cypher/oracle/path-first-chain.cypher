// Plain Cypher: among all the shortest chains of co-signatures from $from to $to, the actors (ids,
// from first) of the one whose actors come first by name ignoring case, then id, at the first place
// where they differ: the chain `path` must answer. No row when no chain links them.
// $statements: the ids the filter admits, or null for all; $actorLabels: e.g. ['State'], or null.
// The ends are matched inside the pattern: with both bound beforehand (MATCH (a), (b) then OPTIONAL
// MATCH SHORTEST (a) (…)* (b)), Neo4j 2026.08 answered a path of length 0 holding only `a` for
// actors that share no statement.
MATCH p = ALL SHORTEST (:Actor {id: $from})
    ((:Actor)-[:SIGNED]->(s:Statement)<-[:SIGNED]-(x:Actor)
        WHERE ($statements IS NULL OR s.id IN $statements)
          AND (x.id = $to OR $actorLabels IS NULL OR any(label IN labels(x) WHERE label IN $actorLabels)))*
    (:Actor {id: $to})
WITH DISTINCT [i IN range(0, length(p), 2) | nodes(p)[i]] AS chain
RETURN [x IN chain | x.id] AS actors
ORDER BY [x IN chain | [toLower(x.name), x.id]]
LIMIT 1
