// Takes the write lock of a record's node, so that concurrent edits of it run one after the other
// and each starts from what the one before wrote. `found` 0 means there is no such node.
MATCH (n:$($label) {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN count(n) AS found
