UNWIND $rows AS row
MERGE (n:Session {id: row.id})
SET n.body = toUpper(row.body), n.number = row.number,
    n.startDate = date(row.startDate), n.endDate = date(row.endDate)
