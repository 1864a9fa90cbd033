// Plain Cypher: the periods of an alignment timeline ($per 'YEAR' or 'SESSION'), oldest first, each
// with the statements in it (within $statements, null for all) that $a or $b signed or voted on.
MATCH (x:Actor)-[:SIGNED|VOTED]->(s:Statement)
WHERE x.id IN [$a, $b]
  AND ($statements IS NULL OR s.id IN $statements)
OPTIONAL MATCH (s)-[:AT]->(session:Session)
WITH DISTINCT s, CASE $per WHEN 'YEAR' THEN toString(s.date.year) ELSE session.id END AS period
WHERE period IS NOT NULL
WITH period, collect(s.id) AS statements, min(s.date) AS firstDate
RETURN period, statements
ORDER BY CASE $per WHEN 'YEAR' THEN toInteger(period) END, firstDate, period
