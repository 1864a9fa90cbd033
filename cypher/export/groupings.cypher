CYPHER 25
// Export: groupings by id, with their members by state id. $ids: only the records with these ids; null: all.
CALL () {
  WHEN $ids IS NULL THEN MATCH (n:Grouping) RETURN n
  ELSE MATCH (n:Grouping) WHERE n.id IN $ids RETURN n
}
WITH n ORDER BY n.id
RETURN n {.id, .name, .kind, .declaredSize, .declaredSizeIsLowerBound, .notes,
  members: COLLECT {
    MATCH (s:State)-[r:MEMBER_OF]->(n)
    WITH s, r ORDER BY s.id, r.from, r.to
    RETURN {state: s.id, from: r.from, to: r.to}
  }
} AS record
