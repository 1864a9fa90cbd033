// Plain Cypher: the statements both $a and $b signed, newest first (undated last, then by id): what
// a step of `path` between them must list. $statements: the ids the filter admits, or null for all.
MATCH (:Actor {id: $a})-[:SIGNED]->(s:Statement)<-[:SIGNED]-(:Actor {id: $b})
WHERE $statements IS NULL OR s.id IN $statements
WITH DISTINCT s
RETURN s.id AS id
ORDER BY s.date IS NULL, s.date DESC, s.id
