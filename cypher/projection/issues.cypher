// The issue tree: each issue with the broader issues it sits under (BROADER points upwards).
MATCH (i:Issue)
RETURN i.id AS id, COLLECT { MATCH (i)-[:BROADER]->(b:Issue) RETURN b.id } AS broader
