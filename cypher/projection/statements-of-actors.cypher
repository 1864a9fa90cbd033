// The statements the actors with the ids in $ids signed or voted on: what a change to an actor
// (a merge moves its edges) may have changed in the projection.
MATCH (a:Actor)-[:SIGNED|VOTED]->(s:Statement)
WHERE a.id IN $ids
RETURN DISTINCT s.id AS id
