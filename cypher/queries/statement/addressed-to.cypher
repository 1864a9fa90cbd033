// Addressees: people, actors and groupings. People not marked public only for authenticated readers:
// the others may be at risk of reprisals.
UNWIND $ids AS parent
MATCH (:Statement {id: parent})-[:ADDRESSED_TO]->(node)
WHERE NOT node:Person OR node.public = true OR $privatePeople
RETURN parent, node
ORDER BY node.id
