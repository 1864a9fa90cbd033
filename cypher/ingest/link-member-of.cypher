UNWIND $rows AS row
MATCH (s:State {id: row.state})
MATCH (g:Grouping {id: row.grouping})
MERGE (s)-[r:MEMBER_OF]->(g)
SET r.from = date(row.from), r.to = date(row.to)
