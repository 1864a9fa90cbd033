CALL db.index.fulltext.queryNodes('statement_text', $query, {limit: $first}) YIELD node, score
RETURN node, score
