// The statements the analytics projection holds, with what the analytics read of each: kind, date,
// session, issues with the stance on each, the statements it counters, who signed and who voted how.
// Every statement, or those with the ids in $ids (null: all). A vote is 'yes', 'no' or 'abstain'.
MATCH (s:Statement)
WHERE $ids IS NULL OR s.id IN $ids
RETURN s.id AS id, s.kind AS kind, s.date AS date,
       COLLECT { MATCH (s)-[:AT]->(x:Session) RETURN x.id ORDER BY x.id LIMIT 1 } AS session,
       COLLECT { MATCH (s)-[c:CONCERNS]->(i:Issue) RETURN [i.id, c.stance] } AS issues,
       COLLECT { MATCH (s)-[:COUNTERS]->(c:Statement) RETURN c.id } AS counters,
       COLLECT { MATCH (a:Actor)-[:SIGNED]->(s) RETURN a.id } AS signers,
       COLLECT { MATCH (a:Actor)-[v:VOTED]->(s) RETURN [a.id, v.vote] } AS votes
