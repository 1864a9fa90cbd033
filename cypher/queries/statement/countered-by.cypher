// The statements that answer or oppose each statement in $ids.
UNWIND $ids AS parent
MATCH (:Statement {id: parent})<-[:COUNTERS]-(node:Statement)
RETURN parent, node
ORDER BY node.date, node.id
