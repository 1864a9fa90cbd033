// Writes the statements of whole roll calls with their session, issues and source, in the caller's
// transaction, which then adds their votes (write-votes.cypher): a roll call is never committed in part.
// Properties and edges as the JSON import writes statements (AT, CONCERNS, CITES), so every statement
// query sees roll calls. Over Bolt; into the embedded database, EmbeddedRollCallBatches writes the same
// graph through the database's own API (UnVotesImportIT compares the two).
MATCH (src:Source {id: $source})
UNWIND $rollCalls AS rc
MERGE (s:Statement {id: rc.id})
SET s.kind = 'ROLL_CALL', s.title = rc.title, s.text = rc.text, s.date = rc.date, s.symbol = rc.symbol,
    s.important = rc.important, s.amendment = rc.amendment, s.paragraph = rc.paragraph,
    s.contentHash = rc.hash
WITH src, s, rc
MATCH (x:Session {id: rc.session})
CREATE (s)-[:AT]->(x)
CREATE (s)-[:CITES]->(src)
WITH s, rc
CALL (s, rc) {
  UNWIND rc.issues AS issueId
  MATCH (i:Issue {id: issueId})
  CREATE (s)-[:CONCERNS]->(i)
}
RETURN rc.id AS id, s AS statement
