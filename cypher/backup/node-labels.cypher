// How many nodes carry each label in use; labels of no node are left out.
CALL db.labels() YIELD label
WITH label, COUNT { MATCH (n:$(label)) } AS nodes
WHERE nodes > 0
RETURN label, nodes
ORDER BY label
