UNWIND $rows AS row
MERGE (n:State {id: row.id})
// Merged ids only ever grow: a record that leaves them out does not make an id that once found this
// state stop finding it. None is stored as no property, as the export reads it back.
WITH n, row, coalesce(n.mergedIds, []) AS had
WITH n, row, had + [id IN coalesce(row.mergedIds, []) WHERE NOT id IN had] AS merged
SET n:Actor,
    n.name = row.name, n.aliases = coalesce(row.aliases, []), n.iso3 = toUpper(row.iso3), n.iso2 = toUpper(row.iso2),
    n.formalName = row.formalName, n.regionalGroup = row.regionalGroup, n.unMember = row.unMember,
    n.observer = row.observer, n.from = date(row.from), n.to = date(row.to),
    n.mergedIds = CASE WHEN merged = [] THEN null ELSE merged END
