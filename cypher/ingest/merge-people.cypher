UNWIND $rows AS row
MERGE (n:Person {id: row.id})
SET n.name = row.name, n.public = coalesce(row.public, false)
