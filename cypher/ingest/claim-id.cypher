// Creates the node of a new record, unless one has the id: `created` 0 means it exists. Two
// concurrent claims of one id cannot both succeed: the unique constraint stops the second.
OPTIONAL MATCH (existing:$($label) {id: $id})
WITH existing WHERE existing IS NULL
CREATE (n:$($label) {id: $id})
RETURN count(n) AS created
