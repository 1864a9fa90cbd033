// The roll calls both actors voted in: a merge of two voters of one roll call would make one actor
// out of two, and is refused. `named`: the first few, by id.
MATCH (:Actor {id: $keep})-[:VOTED]->(rollCall)<-[:VOTED]-(:Actor {id: $merge})
WITH DISTINCT rollCall
ORDER BY rollCall.id
RETURN count(rollCall) AS shared, collect(rollCall.id)[..$named] AS named
