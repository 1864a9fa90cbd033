UNWIND $rows AS row
MERGE (n:Statement {id: row.id})
SET n.title = row.title, n.date = date(row.date), n.kind = row.kind, n.symbol = row.symbol,
    n.declaredSignatoryCount = row.declaredSignatoryCount,
    n.declaredCountIsLowerBound = row.declaredCountIsLowerBound,
    n.listComplete = row.listComplete, n.text = row.text, n.url = row.url, n.notes = row.notes,
    n.markerSymbols = row.markerSymbols, n.markerMeanings = row.markerMeanings
