// A page of the statements at each session in $ids, newest first (undated last).
UNWIND $ids AS parent
MATCH (x:Session {id: parent})
CALL (x) {
  MATCH (s:Statement)-[:AT]->(x)
  WITH s, coalesce(-duration.inDays(date('1970-01-01'), s.date).days, 99999999) AS key
  ORDER BY key, s.id
  WITH collect({key: key, node: s}) AS sorted
  WITH sorted, [row IN sorted WHERE $afterKey IS NULL OR row.key > $afterKey
                                    OR (row.key = $afterKey AND row.node.id > $afterId)] AS rest
  RETURN size(sorted) AS total, size(rest) < size(sorted) AS hasPrevious, rest[0..$first + 1] AS page
}
RETURN parent, total, hasPrevious, page
