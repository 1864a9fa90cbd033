// The votes of roll calls whose statements write-statements.cypher has just written, in its transaction.
// $voters: the ids of the voter nodes, which exist (merge-voter-states); a vote names its voter by
// index in that list (rc.yes, rc.no, rc.abstain): one small integer on the wire instead of an id, and
// the ~200 voter nodes are looked up once per transaction instead of once per vote. A missing voter
// node stays a null in the list (collect drops a bare null, not [null]), so the positions hold and
// CREATE fails on it rather than skip a vote.
CALL () {
  UNWIND range(0, size($voters) - 1) AS i
  OPTIONAL MATCH (a:Actor {id: $voters[i]})
  WITH i, a
  ORDER BY i
  RETURN collect([a]) AS found
}
WITH [voter IN found | voter[0]] AS voters
UNWIND $rollCalls AS rc
MATCH (s:Statement {id: rc.id})
CALL (voters, s, rc) {
  UNWIND [['yes', rc.yes], ['no', rc.no], ['abstain', rc.abstain]] AS byVote
  UNWIND byVote[1] AS voter
  WITH voters[voter] AS a, byVote[0] AS vote, s
  CREATE (a)-[:VOTED {vote: vote}]->(s)
}
