// Before changed roll calls are written again: removes what the import wrote for them (every vote,
// the session, the dataset's issues, the dataset's source) so that writing them replaces rather than
// adds. Edges that others added (other issues, other sources, signatures) stay.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
CALL (s) {
  MATCH (s)<-[v:VOTED]-()
  DELETE v
}
CALL (s) {
  MATCH (s)-[r:AT]->(:Session)
  DELETE r
}
CALL (s) {
  MATCH (s)-[r:CONCERNS]->(i:Issue)
  WHERE i.id STARTS WITH 'issue:unga-'
  DELETE r
}
CALL (s) {
  MATCH (s)-[r:CITES]->(:Source {id: $source})
  DELETE r
}
