// Audit entries written at or after $since: every write leaves one in its own transaction, naming
// the records it wrote (targets; empty when there were too many to list).
MATCH (e:AuditEntry)
WHERE e.at >= $since
RETURN e.id AS id, e.at AS at, coalesce(e.targets, []) AS targets
ORDER BY e.at
