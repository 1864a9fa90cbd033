// Gives keep the names and ids of both and deletes merge, with what edges it has left: only ones
// between the two (see move-edges).
MATCH (keep:Actor {id: $keep}), (merge:Actor {id: $merge})
SET keep.aliases = $aliases, keep.mergedIds = $mergedIds
DETACH DELETE merge
