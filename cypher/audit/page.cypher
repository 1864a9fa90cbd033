// A page of the audit log, newest first, optionally only the entries about one node or by one caller.
MATCH (e:AuditEntry)
WHERE ($target IS NULL OR $target IN e.targets) AND ($who IS NULL OR e.who = $who)
WITH e, -(e.at.epochSeconds * 1000000000 + e.at.nanosecond) AS key
ORDER BY key, e.id
WITH collect({key: key, node: e}) AS sorted
WITH sorted, [row IN sorted WHERE $afterKey IS NULL OR row.key > $afterKey
                                  OR (row.key = $afterKey AND row.node.id > $afterId)] AS rest
RETURN size(sorted) AS total, size(rest) < size(sorted) AS hasPrevious, rest[0..$first + 1] AS page
