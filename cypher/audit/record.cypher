// One entry per write, in the write's own transaction: a write is never without its trace.
CREATE (:AuditEntry {id: $id, at: datetime(), who: $who, role: $role, origin: $origin, operation: $operation,
                     targets: $targets, input: $input, before: $before})
