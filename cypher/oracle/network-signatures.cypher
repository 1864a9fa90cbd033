// Plain Cypher: the edges of the network by SIGNATURES. Two actors are joined by the statements
// both signed (any role), when there are at least $minShared and $minWeight of them. The oracle of
// network, blocs and centrality by SIGNATURES.
// $statements: the ids the filter admits, or null for all; $actorLabels: e.g. ['Organisation'], or null.
MATCH (a:Actor)-[:SIGNED]->(s:Statement)<-[:SIGNED]-(b:Actor)
WHERE a.id < b.id
  AND ($statements IS NULL OR s.id IN $statements)
  AND ($actorLabels IS NULL OR (any(label IN labels(a) WHERE label IN $actorLabels)
                                AND any(label IN labels(b) WHERE label IN $actorLabels)))
WITH DISTINCT a, b, s
WITH a, b, count(s) AS shared
WHERE shared >= $minShared AND shared >= $minWeight
RETURN a.id AS source, b.id AS target, toFloat(shared) AS weight, shared
ORDER BY weight DESC, shared DESC, source, target
