CYPHER 25
// Export: sessions by id. $ids: only the records with these ids; null: all.
CALL () {
  WHEN $ids IS NULL THEN MATCH (n:Session) RETURN n
  ELSE MATCH (n:Session) WHERE n.id IN $ids RETURN n
}
WITH n ORDER BY n.id
RETURN n {.id, .body, .number, .startDate, .endDate} AS record
