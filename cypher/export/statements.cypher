CYPHER 25
// Export: statements by id, each with everything it links to, every list by id. The marker legend
// stays two parallel lists (markerSymbols, markerMeanings): a Cypher map would not keep its order.
// $ids: only the records with these ids; null: all.
CALL () {
  WHEN $ids IS NULL THEN MATCH (n:Statement) RETURN n
  ELSE MATCH (n:Statement) WHERE n.id IN $ids RETURN n
}
WITH n ORDER BY n.id
RETURN n {.id, .title, .date, .kind, .symbol, .declaredSignatoryCount, .declaredCountIsLowerBound,
  .listComplete, .text, .url, .notes, .markerSymbols, .markerMeanings,
  // The format has one session per statement; the lowest id, should a statement have come to have two.
  session: COLLECT { MATCH (n)-[:AT]->(x:Session) WITH x ORDER BY x.id RETURN x.id }[0],
  issues: COLLECT {
    MATCH (n)-[r:CONCERNS]->(i:Issue)
    WITH i, r ORDER BY i.id, r.stance
    RETURN {issue: i.id, stance: r.stance}
  },
  deliveredBy: COLLECT { MATCH (n)-[:DELIVERED_BY]->(a:Actor) WITH a ORDER BY a.id RETURN a.id },
  onBehalfOf: COLLECT { MATCH (n)-[:ON_BEHALF_OF]->(g:Grouping) WITH g ORDER BY g.id RETURN g.id },
  addressedTo: COLLECT { MATCH (n)-[:ADDRESSED_TO]->(t) WITH t ORDER BY t.id RETURN t.id },
  counters: COLLECT { MATCH (n)-[:COUNTERS]->(c:Statement) WITH c ORDER BY c.id RETURN c.id },
  sources: COLLECT { MATCH (n)-[:CITES]->(s:Source) WITH s ORDER BY s.id RETURN s.id },
  signatories: COLLECT {
    MATCH (a:Actor)-[r:SIGNED]->(n)
    WITH a, r ORDER BY a.id, r.role
    RETURN {actor: a.id, role: r.role, marker: r.marker, source: r.sourceId}
  },
  votes: COLLECT {
    MATCH (a:Actor)-[r:VOTED]->(n)
    WITH a, r ORDER BY a.id, r.vote
    RETURN {actor: a.id, vote: r.vote}
  }
} AS record
