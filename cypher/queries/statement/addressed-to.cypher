// Addressees: people (public ones only: the others may be at risk), actors and groupings.
UNWIND $ids AS parent
MATCH (:Statement {id: parent})-[:ADDRESSED_TO]->(node)
WHERE NOT node:Person OR node.public = true
RETURN parent, node
ORDER BY node.id
