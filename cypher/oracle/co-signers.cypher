// The actors that signed the most statements together with $actor, in any role.
// $statements: the ids the filter admits, or null for all; $actorLabels: e.g. ['Organisation'], or null.
MATCH (me:Actor {id: $actor})-[:SIGNED]->(s:Statement)
WHERE $statements IS NULL OR s.id IN $statements
MATCH (s)<-[:SIGNED]-(other:Actor)
WHERE other <> me
  AND ($actorLabels IS NULL OR any(label IN labels(other) WHERE label IN $actorLabels))
WITH DISTINCT other, s
ORDER BY s.date IS NULL, s.date DESC, s.id
WITH other, collect(s.id) AS statements
RETURN other.id AS actor, size(statements) AS count, statements
ORDER BY count DESC, toLower(other.name), other.id
LIMIT $first
