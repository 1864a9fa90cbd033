CYPHER 25
// Export: issues by id, each with the ids of its wider issues. $ids: only the records with these ids; null: all.
CALL () {
  WHEN $ids IS NULL THEN MATCH (n:Issue) RETURN n
  ELSE MATCH (n:Issue) WHERE n.id IN $ids RETURN n
}
WITH n ORDER BY n.id
RETURN n {.id, .name,
  broader: COLLECT { MATCH (n)-[:BROADER]->(b:Issue) WITH b ORDER BY b.id RETURN b.id }
} AS record
