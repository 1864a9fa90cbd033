UNWIND $rows AS row
MERGE (n:State {id: row.id})
SET n:Actor,
    n.name = row.name, n.aliases = coalesce(row.aliases, []), n.iso3 = toUpper(row.iso3), n.iso2 = toUpper(row.iso2),
    n.formalName = row.formalName, n.regionalGroup = row.regionalGroup, n.unMember = row.unMember,
    n.observer = row.observer, n.from = date(row.from), n.to = date(row.to)
