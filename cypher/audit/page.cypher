// A page of the audit log, newest first, optionally only the entries about one node or by one caller.
// Read in the order of the index on `at` and only as far as the page goes: the log only grows.
MATCH (e:AuditEntry)
WHERE e.at IS NOT NULL AND ($target IS NULL OR $target IN e.targets) AND ($who IS NULL OR e.who = $who)
WITH e, -(e.at.epochSeconds * 1000000000 + e.at.nanosecond) AS key
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND e.id > $afterId)
WITH e, key
ORDER BY e.at DESC, e.id
LIMIT $first + 1
WITH collect({key: key, node: e}) AS page
RETURN COUNT { MATCH (x:AuditEntry) WHERE ($target IS NULL OR $target IN x.targets) AND ($who IS NULL OR x.who = $who) } AS total,
       $afterKey IS NOT NULL AS hasPrevious, page
