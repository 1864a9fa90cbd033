// Every name the organisation matcher matches against.
MATCH (o:Organisation)
RETURN o.id AS id, o.name AS name, o.acronym AS acronym, coalesce(o.aliases, []) AS aliases
ORDER BY o.id
