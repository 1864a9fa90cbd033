UNWIND $ids AS parent
MATCH (:Statement {id: parent})-[r:CONCERNS]->(node:Issue)
RETURN parent, node, r.stance AS stance
ORDER BY toLower(node.name)
