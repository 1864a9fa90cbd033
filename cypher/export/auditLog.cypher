CYPHER 25
// Export: the audit log, oldest first. $ids: only the entries with these ids; null: all.
CALL () {
  WHEN $ids IS NULL THEN MATCH (n:AuditEntry) RETURN n
  ELSE MATCH (n:AuditEntry) WHERE n.id IN $ids RETURN n
}
WITH n ORDER BY n.at, n.id
RETURN n {.id, .at, .who, .role, .origin, .operation, .targets, .input, .before} AS record
