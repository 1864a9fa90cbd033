CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $first}) YIELD node, score
RETURN node, score
