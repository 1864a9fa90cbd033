// Plain Cypher: actors ranked by the Jaccard index of their signatures with $actor (statements
// signed together over statements either signed), among those that signed anything the filter
// admits. The oracle of mostAligned / leastAligned by SIGNATURES.
// $statements: the ids the filter admits, or null for all; $actorLabels: e.g. ['State'], or null;
// $minShared: a smaller union leaves an actor out; $highestFirst: false ranks the least aligned first.
MATCH (me:Actor {id: $actor})
OPTIONAL MATCH (me)-[:SIGNED]->(mine:Statement)
WHERE $statements IS NULL OR mine.id IN $statements
WITH me, count(DISTINCT mine) AS mineCount
MATCH (other:Actor)-[:SIGNED]->(s:Statement)
WHERE other <> me
  AND ($statements IS NULL OR s.id IN $statements)
  AND ($actorLabels IS NULL OR any(label IN labels(other) WHERE label IN $actorLabels))
WITH me, mineCount, other, count(DISTINCT s) AS theirs,
     count(DISTINCT CASE WHEN EXISTS { (me)-[:SIGNED]->(s) } THEN s END) AS together
WITH other, together, mineCount + theirs - together AS union
WHERE union >= $minShared
WITH other, together, union, toFloat(together) / union AS jaccard
RETURN other.id AS actor, jaccard, union
ORDER BY CASE WHEN $highestFirst THEN -jaccard ELSE jaccard END, union DESC, toLower(other.name), other.id
LIMIT $first
