// The nodes both actors have an edge of one type to, the same way (both signed one statement, both
// are members of one grouping): the merge makes the two edges one. The records of these nodes hold
// the edges, so the audit entry keeps them as they were.
MATCH (keep:Actor {id: $keep}), (merge:Actor {id: $merge})
CALL (keep, merge) {
  MATCH (merge)-[r]->(other)<-[twin]-(keep) WHERE type(twin) = type(r)
  RETURN other
  UNION
  MATCH (merge)<-[r]-(other)-[twin]->(keep) WHERE type(twin) = type(r)
  RETURN other
}
RETURN collect(DISTINCT other.id) AS ids
