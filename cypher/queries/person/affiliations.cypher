// Current affiliations first (no end date), then the latest ended one.
UNWIND $ids AS parent
MATCH (:Person {id: parent})-[r:WORKS_FOR]->(node:Organisation)
RETURN parent, node, r.role AS role, r.from AS from, r.to AS to
ORDER BY r.to IS NOT NULL, r.to DESC, toLower(node.name)
