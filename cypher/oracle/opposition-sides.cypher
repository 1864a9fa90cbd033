// Plain Cypher: for each issue $statement concerns, the statements within the filter concerning that
// same issue grouped by their stance (a null stance: the statements on no side), newest first
// (undated last, then by id), and the actors that signed any of them ('<id> <how many>'), the most
// first, then by name and id. The oracle of `opposition`'s sides.
// $statements: the ids the filter admits, or null for all; $actorLabels: e.g. ['State'], or null.
MATCH (:Statement {id: $statement})-[:CONCERNS]->(i:Issue)
WITH DISTINCT i
MATCH (i)<-[c:CONCERNS]-(s:Statement)
WHERE $statements IS NULL OR s.id IN $statements
WITH i, s, c.stance AS stance
ORDER BY s.date IS NULL, s.date DESC, s.id
WITH i, stance, collect(s) AS statements
CALL (statements) {
  UNWIND statements AS s
  MATCH (s)<-[:SIGNED]-(a:Actor)
  WHERE $actorLabels IS NULL OR any(label IN labels(a) WHERE label IN $actorLabels)
  WITH a, count(DISTINCT s) AS signed
  ORDER BY signed DESC, toLower(a.name), a.id
  RETURN collect(a.id + ' ' + signed) AS actors
}
RETURN i.id AS issue, stance, [s IN statements | s.id] AS statements, actors
ORDER BY issue, stance
