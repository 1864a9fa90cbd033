UNWIND $rows AS row
MERGE (n:Source {id: row.id})
SET n.title = row.title, n.url = row.url, n.publisher = row.publisher,
    n.publishedAt = date(row.publishedAt), n.citation = row.citation
