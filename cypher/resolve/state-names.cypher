// Every name the state resolver matches against.
MATCH (s:State)
RETURN s.id AS id, s.name AS name, s.formalName AS formalName, coalesce(s.aliases, []) AS aliases,
       s.iso3 AS iso3, s.iso2 AS iso2
ORDER BY s.id
