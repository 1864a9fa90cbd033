// Writes whole roll calls, each a statement with its session, issues, source and every vote, in the
// caller's transaction: a roll call is never written in part. Properties and edges as the JSON import
// writes statements (AT, CONCERNS, CITES), so every statement query sees roll calls.
// $voters: the ids of the voter nodes, which exist (merge-voter-states); a vote names its voter by
// index in that list (rc.yes, rc.no, rc.abstain), one small integer on the wire instead of an id,
// and the ~200 nodes are looked up once per transaction instead of once per vote.
// A missing voter node stays a null in the list (collect would drop a bare null, not [null]), so the
// positions hold, and CREATE fails on it rather than skip the vote.
CALL () {
  UNWIND range(0, size($voters) - 1) AS i
  OPTIONAL MATCH (a:Actor {id: $voters[i]})
  WITH i, a
  ORDER BY i
  RETURN collect([a]) AS found
}
WITH [voter IN found | voter[0]] AS voters
MATCH (src:Source {id: $source})
UNWIND $rollCalls AS rc
MERGE (s:Statement {id: rc.id})
SET s.kind = 'ROLL_CALL', s.title = rc.title, s.text = rc.text, s.date = rc.date, s.symbol = rc.symbol,
    s.important = rc.important, s.amendment = rc.amendment, s.paragraph = rc.paragraph,
    s.contentHash = rc.hash
WITH voters, src, s, rc
MATCH (x:Session {id: rc.session})
CREATE (s)-[:AT]->(x)
CREATE (s)-[:CITES]->(src)
WITH voters, s, rc
CALL (s, rc) {
  UNWIND rc.issues AS issueId
  MATCH (i:Issue {id: issueId})
  CREATE (s)-[:CONCERNS]->(i)
}
CALL (voters, s, rc) {
  UNWIND [['yes', rc.yes], ['no', rc.no], ['abstain', rc.abstain]] AS byVote
  UNWIND byVote[1] AS voter
  WITH voters[voter] AS a, byVote[0] AS vote, s
  CREATE (a)-[:VOTED {vote: vote}]->(s)
}
