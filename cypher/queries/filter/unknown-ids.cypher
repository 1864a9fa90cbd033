// The ids in $ids that name no node with label $label.
UNWIND $ids AS id
OPTIONAL MATCH (n:$($label) {id: id})
WITH id, n
WHERE n IS NULL
RETURN DISTINCT id
