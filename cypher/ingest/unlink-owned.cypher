// Removes the edges that the records in $ids hold, so that writing the records again replaces them.
MATCH (n:$($label)) WHERE n.id IN $ids
CALL (n) {
  MATCH (n)-[r]->() WHERE type(r) IN $ownedOutgoing
  DELETE r
}
CALL (n) {
  MATCH (n)<-[r]-() WHERE type(r) IN $ownedIncoming
  DELETE r
}
