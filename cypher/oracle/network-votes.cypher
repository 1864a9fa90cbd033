// Plain Cypher: the edges of the network by VOTES. Two actors are joined when their vote agreement
// index (identical 1, one abstains 0.5, opposite 0) over the roll calls both voted in is at least
// $minWeight, resting on at least $minShared (and at least one) roll calls. The oracle of network,
// blocs and centrality by VOTES.
// $statements: the ids the filter admits, or null for all; $actorLabels: e.g. ['State'], or null.
MATCH (a:Actor)-[va:VOTED]->(s:Statement)<-[vb:VOTED]-(b:Actor)
WHERE a.id < b.id
  AND ($statements IS NULL OR s.id IN $statements)
  AND ($actorLabels IS NULL OR (any(label IN labels(a) WHERE label IN $actorLabels)
                                AND any(label IN labels(b) WHERE label IN $actorLabels)))
WITH a, b,
     count(*) AS shared,
     sum(CASE WHEN va.vote = vb.vote THEN 1 ELSE 0 END) AS identical,
     sum(CASE WHEN va.vote <> vb.vote AND 'abstain' IN [va.vote, vb.vote] THEN 1 ELSE 0 END) AS oneAbstained
WHERE shared >= $minShared
WITH a, b, shared, (identical + 0.5 * oneAbstained) / shared AS weight
WHERE weight >= $minWeight
RETURN a.id AS source, b.id AS target, weight, shared
ORDER BY weight DESC, shared DESC, source, target
