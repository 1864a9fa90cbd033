// The datasets a backup records as loaded, with when they were; a restored graph then does not load them again.
UNWIND $rows AS row
MERGE (d:Dataset {id: row.id})
SET d.version = row.version, d.title = row.title, d.description = row.description,
    d.loadedAt = coalesce(datetime(row.loadedAt), datetime())
