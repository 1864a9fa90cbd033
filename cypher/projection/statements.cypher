// The statements the analytics projection holds, with what the analytics read of each: kind, date,
// session, issues with the stance on each, the statements it counters, who signed and who voted how,
// title and text (the likely-votes model compares roll calls by them), whether the list of signatories
// is complete, and who led it (signed as LEAD or DELIVERED, or DELIVERED_BY).
// Every statement, or those with the ids in $ids (null: all). Voters come as three lists of ids, one
// per vote: on the UNGA data that is 870,000 short strings rather than as many pairs.
MATCH (s:Statement)
WHERE $ids IS NULL OR s.id IN $ids
RETURN s.id AS id, s.kind AS kind, s.date AS date, s.title AS title, s.text AS text,
       s.listComplete AS listComplete,
       COLLECT { MATCH (s)-[:AT]->(x:Session) RETURN x.id ORDER BY x.id LIMIT 1 } AS session,
       COLLECT { MATCH (s)-[c:CONCERNS]->(i:Issue) RETURN [i.id, c.stance] } AS issues,
       COLLECT { MATCH (s)-[:COUNTERS]->(c:Statement) RETURN c.id } AS counters,
       COLLECT { MATCH (a:Actor)-[:SIGNED]->(s) RETURN a.id } AS signers,
       COLLECT { MATCH (a:Actor)-[v:VOTED]->(s) WHERE v.vote = 'yes' RETURN a.id } AS yes,
       COLLECT { MATCH (a:Actor)-[v:VOTED]->(s) WHERE v.vote = 'no' RETURN a.id } AS no,
       COLLECT { MATCH (a:Actor)-[v:VOTED]->(s) WHERE v.vote = 'abstain' RETURN a.id } AS abstain,
       COLLECT { MATCH (a:Actor)-[r:SIGNED]->(s) WHERE r.role IN ['LEAD', 'DELIVERED'] RETURN a.id
                 UNION MATCH (s)-[:DELIVERED_BY]->(a:Actor) RETURN a.id } AS leads
