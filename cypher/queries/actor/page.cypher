// One page of actors by name. A null parameter places no restriction. Keyset paging after ($afterKey, $afterId).
MATCH (a:Actor)
WHERE ($labels IS NULL OR any(label IN labels(a) WHERE label IN $labels))
  AND ($regionalGroups IS NULL OR a.regionalGroup IN $regionalGroups)
  AND ($ecosocStatus IS NULL OR a.ecosocStatus = $ecosocStatus)
  AND ($name IS NULL OR toLower(a.name) CONTAINS toLower($name))
WITH a, toLower(a.name) AS key
ORDER BY key, a.id
WITH collect({key: key, node: a}) AS sorted
WITH sorted, [row IN sorted WHERE $afterKey IS NULL OR row.key > $afterKey
                                  OR (row.key = $afterKey AND row.node.id > $afterId)] AS rest
RETURN size(sorted) AS total, size(rest) < size(sorted) AS hasPrevious, rest[0..$first + 1] AS page
