// The UNGA sessions the roll calls belong to, e.g. session:UNGA67. Existing sessions are left as they are.
UNWIND $sessions AS row
MERGE (x:Session {id: row.id})
ON CREATE SET x.body = 'UNGA', x.number = row.number
