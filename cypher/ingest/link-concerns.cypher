// stance: the statement's side on the issue ("critical", "supportive"); the same word is the same side.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (i:Issue {id: row.issue})
MERGE (s)-[r:CONCERNS]->(i)
SET r.stance = row.stance
