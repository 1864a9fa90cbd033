CYPHER 25
// Export: states by id. $ids: only the records with these ids; null: all.
CALL () {
  WHEN $ids IS NULL THEN MATCH (n:State) RETURN n
  ELSE MATCH (n:State) WHERE n.id IN $ids RETURN n
}
WITH n ORDER BY n.id
RETURN n {.id, .name, .aliases, .iso3, .iso2, .formalName, .regionalGroup, .unMember, .observer, .from, .to, .mergedIds} AS record
