UNWIND $ids AS parent
MATCH (:Statement {id: parent})-[:ON_BEHALF_OF]->(node:Grouping)
RETURN parent, node
ORDER BY toLower(node.name)
