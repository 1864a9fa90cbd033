// Plain Cypher: the statements $statement counters and those that counter it, within the filter,
// newest first (undated last, then by id), and the issues it concerns ('<issue id> <stance or ->').
// The oracle of `opposition`'s counters, counteredBy and issues. $statements: the ids the filter admits, or null for all.
MATCH (x:Statement {id: $statement})
RETURN COLLECT { MATCH (x)-[:COUNTERS]->(t:Statement) WHERE $statements IS NULL OR t.id IN $statements
                 WITH DISTINCT t RETURN t.id ORDER BY t.date IS NULL, t.date DESC, t.id } AS counters,
       COLLECT { MATCH (x)<-[:COUNTERS]-(t:Statement) WHERE $statements IS NULL OR t.id IN $statements
                 WITH DISTINCT t RETURN t.id ORDER BY t.date IS NULL, t.date DESC, t.id } AS counteredBy,
       COLLECT { MATCH (x)-[c:CONCERNS]->(i:Issue) RETURN i.id + ' ' + coalesce(c.stance, '-') AS issue ORDER BY issue } AS issues
