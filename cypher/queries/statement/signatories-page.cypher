// A page of signatories, by name, for each statement in $ids.
UNWIND $ids AS parent
MATCH (s:Statement {id: parent})
CALL (s) {
  MATCH (a:Actor)-[r:SIGNED]->(s)
  WITH a, r, toLower(a.name) AS key
  ORDER BY key, a.id
  WITH collect({key: key, node: a, role: r.role, marker: r.marker}) AS sorted
  WITH sorted, [row IN sorted WHERE $afterKey IS NULL OR row.key > $afterKey
                                    OR (row.key = $afterKey AND row.node.id > $afterId)] AS rest
  RETURN size(sorted) AS total, size(rest) < size(sorted) AS hasPrevious, rest[0..$first + 1] AS page
}
RETURN parent, total, hasPrevious, page
