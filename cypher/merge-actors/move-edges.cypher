CYPHER 25
// Moves every edge of $merge, either way and of any type, to $keep with its properties.
// Where keep has an edge of the same type to the same node the same way (both signed one statement,
// both are members of one grouping), that one stays: its values win, merge's fill what it lacks,
// but a period (from, to) is one value, taken from merge only where keep's edge has neither end.
// These are settled before any edge moves, so that only edges keep had before count as its own.
// An edge between the two, or of merge to itself, would become one of keep to itself, which says
// nothing: it is left on merge and goes with it.
MATCH (keep:Actor {id: $keep}), (merge:Actor {id: $merge})
CALL (keep, merge) {
  MATCH (merge)-[r]-(other) WHERE other <> keep AND other <> merge
  CALL (keep, merge, r, other) {
    MATCH (keep)-[twin]-(other)
    WHERE type(twin) = type(r) AND (startNode(twin) = keep) = (startNode(r) = merge)
    WITH twin, r, properties(twin) AS own
    LIMIT 1
    WITH twin, r, own, own.from IS NULL AND own.to IS NULL AS noPeriod
    SET twin += properties(r)
    SET twin += own
    SET twin.from = CASE WHEN noPeriod THEN twin.from ELSE own.from END,
        twin.to = CASE WHEN noPeriod THEN twin.to ELSE own.to END
    DELETE r
  }
}
CALL (keep, merge) {
  MATCH (merge)-[r]->(other) WHERE other <> keep AND other <> merge
  CREATE (keep)-[moved:$(type(r))]->(other)
  SET moved = properties(r)
  DELETE r
}
CALL (keep, merge) {
  MATCH (merge)<-[r]-(other) WHERE other <> keep AND other <> merge
  CREATE (keep)<-[moved:$(type(r))]-(other)
  SET moved = properties(r)
  DELETE r
}
