// Deletes a node with the edges its record holds; the caller has checked that nothing else points at it.
MATCH (n:$($label) {id: $id})
DETACH DELETE n
