// Plain Cypher: the actors that vote most like $actor, by the vote agreement index (identical 1,
// one abstains 0.5, opposite 0) over the roll calls both voted in. The oracle of coVoters and of
// mostAligned / leastAligned by VOTES, and the benchmark's baseline.
// $statements: the ids the filter admits, or null for all; $actorLabels: e.g. ['State'], or null;
// $minShared: fewer shared roll calls leave an actor out; $highestFirst: false ranks the least aligned first.
MATCH (me:Actor {id: $actor})-[mine:VOTED]->(s:Statement)<-[theirs:VOTED]-(other:Actor)
WHERE other <> me
  AND ($statements IS NULL OR s.id IN $statements)
  AND ($actorLabels IS NULL OR any(label IN labels(other) WHERE label IN $actorLabels))
WITH other,
     count(*) AS shared,
     sum(CASE WHEN mine.vote = theirs.vote THEN 1 ELSE 0 END) AS identical,
     sum(CASE WHEN mine.vote <> theirs.vote AND 'abstain' IN [mine.vote, theirs.vote] THEN 1 ELSE 0 END) AS oneAbstained
WHERE shared >= $minShared
WITH other, shared, identical, oneAbstained, (identical + 0.5 * oneAbstained) / shared AS agreement
RETURN other.id AS actor, agreement, shared, identical, oneAbstained, shared - identical - oneAbstained AS opposite
ORDER BY CASE WHEN $highestFirst THEN -agreement ELSE agreement END, shared DESC, toLower(other.name), other.id
LIMIT $first
