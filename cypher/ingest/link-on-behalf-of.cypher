UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (g:Grouping {id: row.grouping})
MERGE (s)-[:ON_BEHALF_OF]->(g)
