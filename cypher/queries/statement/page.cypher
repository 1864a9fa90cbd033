// One page of statements. $ids: the statements the filter and text admit, or null for all;
// $signedBy: actor ids that must all have signed, or null. Keyset paging after ($afterKey, $afterId).
MATCH (s:Statement)
WHERE ($ids IS NULL OR s.id IN $ids)
  AND ($signedBy IS NULL OR all(actor IN $signedBy WHERE EXISTS { (:Actor {id: actor})-[:SIGNED]->(s) }))
WITH s, CASE $order
    WHEN 'TITLE' THEN toLower(s.title)
    WHEN 'OLDEST_FIRST' THEN coalesce(duration.inDays(date('1970-01-01'), s.date).days, 99999999)
    ELSE coalesce(-duration.inDays(date('1970-01-01'), s.date).days, 99999999)
  END AS key
ORDER BY key, s.id
WITH collect({key: key, node: s}) AS sorted
WITH sorted, [row IN sorted WHERE $afterKey IS NULL OR row.key > $afterKey
                                  OR (row.key = $afterKey AND row.node.id > $afterId)] AS rest
RETURN size(sorted) AS total, size(rest) < size(sorted) AS hasPrevious, rest[0..$first + 1] AS page
