// Plain Cypher: how $a and $b align over the statements $statements (ids, or null for all): the
// oracle of `alignment` (the timeline runs it once per period, with that period's statements).
OPTIONAL MATCH (:Actor {id: $a})-[:SIGNED]->(sa:Statement)
WHERE $statements IS NULL OR sa.id IN $statements
WITH collect(DISTINCT sa) AS signedByA
OPTIONAL MATCH (:Actor {id: $b})-[:SIGNED]->(sb:Statement)
WHERE $statements IS NULL OR sb.id IN $statements
WITH signedByA, collect(DISTINCT sb) AS signedByB
WITH signedByA, signedByB, size([s IN signedByA WHERE s IN signedByB]) AS together
CALL (signedByA, signedByB) {
  UNWIND signedByA AS s
  UNWIND signedByB AS t
  WITH s, t
  WHERE EXISTS { (s)-[:COUNTERS]-(t) }
  RETURN count(*) AS opposed
}
OPTIONAL MATCH (:Actor {id: $a})-[va:VOTED]->(r:Statement)<-[vb:VOTED]-(:Actor {id: $b})
WHERE $statements IS NULL OR r.id IN $statements
WITH together, size(signedByA) - together AS onlyA, size(signedByB) - together AS onlyB, opposed,
     count(r) AS shared,
     sum(CASE WHEN va.vote = vb.vote THEN 1 ELSE 0 END) AS identical,
     sum(CASE WHEN va.vote <> vb.vote AND 'abstain' IN [va.vote, vb.vote] THEN 1 ELSE 0 END) AS oneAbstained
RETURN together, onlyA, onlyB, opposed, shared, identical, oneAbstained, shared - identical - oneAbstained AS opposite
