UNWIND $rows AS row
MERGE (n:Organisation {id: row.id})
// Merged ids only ever grow: a record that leaves them out does not make an id that once found this
// organisation stop finding it. None is stored as no property, as the export reads it back.
WITH n, row, coalesce(n.mergedIds, []) AS had
WITH n, row, had + [id IN coalesce(row.mergedIds, []) WHERE NOT id IN had] AS merged
SET n:Actor,
    n.name = row.name, n.aliases = coalesce(row.aliases, []), n.acronym = row.acronym,
    n.ecosocStatus = row.ecosocStatus, n.ecosocCategory = row.ecosocCategory,
    n.country = row.country, n.website = row.website,
    n.mergedIds = CASE WHEN merged = [] THEN null ELSE merged END
