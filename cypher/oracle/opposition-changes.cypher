// Plain Cypher: for each issue $statement concerns, the actors whose signatures on statements with a
// stance on that issue (within the filter), read oldest first (undated last, one day's by id), go from
// one stance to another; each change as '<stance> <id> <date or -> > <stance> <id> <date or ->',
// followed by ' countering' when one of the two counters the other. The oracle of `opposition`'s sideChangers.
// $statements: the ids the filter admits, or null for all; $actorLabels: e.g. ['State'], or null.
MATCH (:Statement {id: $statement})-[:CONCERNS]->(i:Issue)
WITH DISTINCT i
MATCH (i)<-[c:CONCERNS]-(s:Statement)<-[:SIGNED]-(a:Actor)
WHERE c.stance IS NOT NULL
  AND ($statements IS NULL OR s.id IN $statements)
  AND ($actorLabels IS NULL OR any(label IN labels(a) WHERE label IN $actorLabels))
WITH DISTINCT i, a, s, c.stance AS stance
ORDER BY s.date IS NULL, s.date, s.id
WITH i, a, collect({s: s, stance: stance}) AS signed
UNWIND range(1, size(signed) - 1) AS k
WITH i, a, size(signed) AS statementCount, k, signed[k - 1] AS before, signed[k] AS after
WHERE before.stance <> after.stance
WITH i, a, statementCount, k, before.stance AS fromStance, before.s AS b, after.stance AS toStance, after.s AS t
WITH i, a, statementCount, k,
     fromStance + ' ' + b.id + ' ' + coalesce(toString(b.date), '-') + ' > ' + toStance + ' ' + t.id + ' '
       + coalesce(toString(t.date), '-') + CASE WHEN EXISTS { (b)-[:COUNTERS]-(t) } THEN ' countering' ELSE '' END AS change
ORDER BY k
WITH i, a, statementCount, collect(change) AS changes
RETURN i.id AS issue, a.id AS actor, statementCount, changes
ORDER BY issue, toLower(a.name), a.id
