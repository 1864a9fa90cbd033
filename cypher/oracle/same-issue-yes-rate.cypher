// Plain Cypher: the same-issue yes-rate baseline of the roll-call backtest for one state and one roll
// call: the state's yes votes over its votes on roll calls dated before this one that concern any of
// its issues (those concerning none when it concerns none), with two votes' worth of its yes-rate
// over all its earlier votes (0.5 without any) added: (yes + 2 · all) / (votes + 2).
// $rollCall: the roll call's id; $actor: the state's id.
MATCH (t:Statement {id: $rollCall})
WITH t, [(t)-[:CONCERNS]->(i:Issue) | i.id] AS issues
MATCH (a:Actor {id: $actor})
OPTIONAL MATCH (a)-[v:VOTED]->(s:Statement)
  WHERE s.date < t.date
WITH issues, v, CASE WHEN s IS NULL THEN false ELSE
       CASE WHEN size(issues) = 0 THEN NOT exists { (s)-[:CONCERNS]->(:Issue) }
            ELSE exists { (s)-[:CONCERNS]->(j:Issue) WHERE j.id IN issues } END END AS sameIssue
WITH count(v) AS votes,
     sum(CASE WHEN v.vote = 'yes' THEN 1 ELSE 0 END) AS yes,
     sum(CASE WHEN sameIssue THEN 1 ELSE 0 END) AS issueVotes,
     sum(CASE WHEN sameIssue AND v.vote = 'yes' THEN 1 ELSE 0 END) AS issueYes
WITH issueVotes, issueYes, CASE WHEN votes = 0 THEN 0.5 ELSE toFloat(yes) / votes END AS all
RETURN (issueYes + 2 * all) / (issueVotes + 2) AS rate
