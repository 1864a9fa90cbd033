// The statements each statement in $ids answers or opposes.
UNWIND $ids AS parent
MATCH (:Statement {id: parent})-[:COUNTERS]->(node:Statement)
RETURN parent, node
ORDER BY node.date, node.id
