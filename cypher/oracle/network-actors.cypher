// Plain Cypher: what a network shows of each actor: name, kind and regional group.
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a.id AS id, a.name AS label, CASE WHEN a:State THEN 'STATE' ELSE 'ORGANISATION' END AS kind,
       a.regionalGroup AS regionalGroup
