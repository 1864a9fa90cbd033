CYPHER 25
// Export: people by id, with their affiliations by organisation id. $ids: only the records with these ids; null: all.
CALL () {
  WHEN $ids IS NULL THEN MATCH (n:Person) RETURN n
  ELSE MATCH (n:Person) WHERE n.id IN $ids RETURN n
}
WITH n ORDER BY n.id
RETURN n {.id, .name, public: n.public,
  affiliations: COLLECT {
    MATCH (n)-[r:WORKS_FOR]->(o:Organisation)
    WITH o, r ORDER BY o.id, r.role, r.from, r.to
    RETURN {organisation: o.id, role: r.role, from: r.from, to: r.to}
  }
} AS record
