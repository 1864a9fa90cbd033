UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (src:Source {id: row.source})
MERGE (s)-[:CITES]->(src)
