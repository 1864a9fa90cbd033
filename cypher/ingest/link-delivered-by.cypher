UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (a:Actor {id: row.actor})
MERGE (s)-[:DELIVERED_BY]->(a)
