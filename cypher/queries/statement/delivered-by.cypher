UNWIND $ids AS parent
MATCH (:Statement {id: parent})-[:DELIVERED_BY]->(node:Actor)
RETURN parent, node
ORDER BY toLower(node.name)
