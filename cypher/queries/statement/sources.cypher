UNWIND $ids AS parent
MATCH (:Statement {id: parent})-[:CITES]->(node:Source)
RETURN parent, node
ORDER BY node.id
