UNWIND $rows AS row
MERGE (n:Issue {id: row.id})
SET n.name = row.name
