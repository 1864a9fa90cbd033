// The statements an AnalyticsFilter admits. A null parameter places no restriction.
// $issues matches a statement concerning the issue or any narrower one (BROADER points upwards).
MATCH (s:Statement)
WHERE ($kinds IS NULL OR s.kind IN $kinds)
  AND ($from IS NULL OR s.date >= $from)
  AND ($to IS NULL OR s.date <= $to)
  AND ($sessions IS NULL OR EXISTS { (s)-[:AT]->(x:Session) WHERE x.id IN $sessions })
  AND ($bodies IS NULL OR EXISTS { (s)-[:AT]->(x:Session) WHERE x.body IN $bodies })
  AND ($issues IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Issue)-[:BROADER*0..]->(i:Issue) WHERE i.id IN $issues })
RETURN s.id AS id
