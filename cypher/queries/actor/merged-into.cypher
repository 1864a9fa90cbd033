// The actor an id was merged into (see mergeActors): a lookup by an id that names no node any more
// still finds the actor. No index serves an element of a list; this runs only when the id itself
// found nothing, and scans actors of one label. Should two list the id, the first by id answers.
MATCH (n:$($label)) WHERE $id IN n.mergedIds
RETURN n.id AS id
ORDER BY id
LIMIT 1
