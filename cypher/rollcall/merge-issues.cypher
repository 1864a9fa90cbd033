// The dataset's issues, e.g. issue:unga-hr "Human rights". Existing issues are left as they are.
UNWIND $issues AS row
MERGE (i:Issue {id: row.id})
ON CREATE SET i.name = row.name
