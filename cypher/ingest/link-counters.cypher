// The statement answers (opposes) the countered one, e.g. the 12 July 2019 letter counters the 8 July one.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (c:Statement {id: row.countered})
MERGE (s)-[:COUNTERS]->(c)
