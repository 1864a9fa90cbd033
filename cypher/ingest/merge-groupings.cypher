UNWIND $rows AS row
MERGE (n:Grouping {id: row.id})
SET n.name = row.name, n.kind = row.kind, n.declaredSize = row.declaredSize,
    n.declaredSizeIsLowerBound = row.declaredSizeIsLowerBound, n.notes = row.notes
