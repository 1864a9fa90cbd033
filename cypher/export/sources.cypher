CYPHER 25
// Export: sources by id. $ids: only the records with these ids; null: all.
CALL () {
  WHEN $ids IS NULL THEN MATCH (n:Source) RETURN n
  ELSE MATCH (n:Source) WHERE n.id IN $ids RETURN n
}
WITH n ORDER BY n.id
RETURN n {.id, .title, .url, .publisher, .publishedAt, .citation} AS record
