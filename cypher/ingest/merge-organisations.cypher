UNWIND $rows AS row
MERGE (n:Organisation {id: row.id})
SET n:Actor,
    n.name = row.name, n.aliases = coalesce(row.aliases, []), n.acronym = row.acronym,
    n.ecosocStatus = row.ecosocStatus, n.ecosocCategory = row.ecosocCategory,
    n.country = row.country, n.website = row.website
