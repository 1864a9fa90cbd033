// Takes the write locks of the nodes with these ids and label, so that an import that merges into
// them reads and writes them while no other write can change them in between.
MATCH (n:$($label)) WHERE n.id IN $ids
SET n._lock = true
REMOVE n._lock
