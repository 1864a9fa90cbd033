// One SIGNED edge per actor and statement; role, footnote marker and source are its properties.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (a:Actor {id: row.actor})
MERGE (a)-[r:SIGNED]->(s)
SET r.role = row.role, r.marker = row.marker, r.sourceId = row.source
