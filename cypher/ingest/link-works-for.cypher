UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (o:Organisation {id: row.organisation})
MERGE (p)-[r:WORKS_FOR]->(o)
SET r.role = row.role, r.from = date(row.from), r.to = date(row.to)
