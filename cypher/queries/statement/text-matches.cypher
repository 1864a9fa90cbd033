// The statements whose title, symbol or text match a Lucene query.
CALL db.index.fulltext.queryNodes('statement_text', $query) YIELD node
RETURN node.id AS id
