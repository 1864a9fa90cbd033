// The addressee is a person, an actor or a grouping; its id prefix says which.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
OPTIONAL MATCH (p:Person {id: row.target})
OPTIONAL MATCH (a:Actor {id: row.target})
OPTIONAL MATCH (g:Grouping {id: row.target})
WITH s, coalesce(p, a, g) AS target
MERGE (s)-[:ADDRESSED_TO]->(target)
