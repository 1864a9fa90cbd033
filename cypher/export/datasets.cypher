CYPHER 25
// Export: the datasets loaded into the graph, by id. $ids: only the records with these ids; null: all.
CALL () {
  WHEN $ids IS NULL THEN MATCH (n:Dataset) RETURN n
  ELSE MATCH (n:Dataset) WHERE n.id IN $ids RETURN n
}
WITH n ORDER BY n.id
RETURN n {.id, .version, .title, .description, .loadedAt} AS record
