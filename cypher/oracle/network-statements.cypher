// Plain Cypher: what a network rests on, the `statements` of network, blocs and centrality: the
// statements within the filter that someone signed ($relationship 'SIGNED') or voted on ('VOTED').
// $statements: the ids the filter admits, or null for all.
MATCH (s:Statement)
WHERE ($statements IS NULL OR s.id IN $statements)
  AND EXISTS { (:Actor)-[r]->(s) WHERE type(r) = $relationship }
RETURN count(s) AS statements
