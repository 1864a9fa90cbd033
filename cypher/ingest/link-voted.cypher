// One VOTED edge per actor and statement (a roll call), with the vote: 'yes', 'no' or 'abstain'.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (a:Actor {id: row.actor})
MERGE (a)-[r:VOTED]->(s)
SET r.vote = row.vote
