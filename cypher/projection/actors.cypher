// The actors the analytics projection holds: every actor, or those with the ids in $ids (null: all).
// regionalGroup is the state's UN regional group; mergedIds still find the actor they were merged into.
MATCH (a:Actor)
WHERE $ids IS NULL OR a.id IN $ids
RETURN a.id AS id, a.name AS name, a:State AS state, a.regionalGroup AS regionalGroup,
       coalesce(a.mergedIds, []) AS mergedIds
