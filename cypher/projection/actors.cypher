// The actors the analytics projection holds: every actor, or those with the ids in $ids (null: all).
// regionalGroup is the state's UN regional group; mergedIds still find the actor they were merged into.
// seated: whether a state holds a UN seat as member or observer (null where the graph does not say);
// until: the day a former state ended.
MATCH (a:Actor)
WHERE $ids IS NULL OR a.id IN $ids
RETURN a.id AS id, a.name AS name, a:State AS state, a.regionalGroup AS regionalGroup,
       coalesce(a.mergedIds, []) AS mergedIds,
       CASE WHEN a.unMember IS NULL AND a.observer IS NULL THEN null
            ELSE coalesce(a.unMember, false) OR coalesce(a.observer, false) END AS seated,
       a.to AS until
