// What points at a node apart from the edges its own record holds: other records refer to it.
// A signature names its source by id, so sources are looked up by that property too.
MATCH (n:$($label) {id: $id})
CALL (n) {
  MATCH (n)-[r]->(other) WHERE NOT type(r) IN $ownedOutgoing
  RETURN type(r) AS type, other.id AS other
  UNION ALL
  MATCH (n)<-[r]-(other) WHERE NOT type(r) IN $ownedIncoming
  RETURN type(r) AS type, other.id AS other
  UNION ALL
  MATCH (:Actor)-[r:SIGNED]->(other:Statement) WHERE n:Source AND r.sourceId = n.id
  RETURN 'SIGNED (as its source)' AS type, other.id AS other
}
RETURN type, other
ORDER BY type, other
