UNWIND $rows AS row
MERGE (d:Dataset {id: row.id})
SET d.version = row.version, d.title = row.title, d.description = row.description, d.loadedAt = datetime()
