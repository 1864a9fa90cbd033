// Narrower issue -[:BROADER]-> wider issue.
UNWIND $rows AS row
MATCH (i:Issue {id: row.issue})
MATCH (b:Issue {id: row.broader})
MERGE (i)-[:BROADER]->(b)
