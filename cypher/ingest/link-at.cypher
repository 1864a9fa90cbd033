UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (x:Session {id: row.session})
MERGE (s)-[:AT]->(x)
