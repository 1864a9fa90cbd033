// The audit log as a backup carries it: a restored graph keeps the trace of every write made to it.
UNWIND $rows AS row
MERGE (e:AuditEntry {id: row.id})
SET e.at = datetime(row.at), e.who = row.who, e.role = row.role, e.origin = row.origin, e.operation = row.operation,
    e.targets = coalesce(row.targets, []), e.input = row.input, e.before = row.before
