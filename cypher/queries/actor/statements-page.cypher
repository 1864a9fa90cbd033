// A page of the statements each actor in $ids signed, newest first (undated last).
UNWIND $ids AS parent
MATCH (a:Actor {id: parent})
CALL (a) {
  MATCH (a)-[r:SIGNED]->(s:Statement)
  WITH s, r, coalesce(-duration.inDays(date('1970-01-01'), s.date).days, 99999999) AS key
  ORDER BY key, s.id
  WITH collect({key: key, node: s, role: r.role, marker: r.marker}) AS sorted
  WITH sorted, [row IN sorted WHERE $afterKey IS NULL OR row.key > $afterKey
                                    OR (row.key = $afterKey AND row.node.id > $afterId)] AS rest
  RETURN size(sorted) AS total, size(rest) < size(sorted) AS hasPrevious, rest[0..$first + 1] AS page
}
RETURN parent, total, hasPrevious, page
