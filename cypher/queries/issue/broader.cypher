UNWIND $ids AS parent
MATCH (:Issue {id: parent})-[:BROADER]->(node:Issue)
RETURN parent, node
ORDER BY toLower(node.name)
