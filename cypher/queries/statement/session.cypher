UNWIND $ids AS parent
MATCH (:Statement {id: parent})-[:AT]->(node:Session)
RETURN parent, node
