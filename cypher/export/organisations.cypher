CYPHER 25
// Export: organisations by id. $ids: only the records with these ids; null: all.
CALL () {
  WHEN $ids IS NULL THEN MATCH (n:Organisation) RETURN n
  ELSE MATCH (n:Organisation) WHERE n.id IN $ids RETURN n
}
WITH n ORDER BY n.id
RETURN n {.id, .name, .aliases, .acronym, .ecosocStatus, .ecosocCategory, .country, .website, .mergedIds} AS record
