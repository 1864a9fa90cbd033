// The UNGA roll calls already in the graph with the hash of the content they were written from;
// a statement with that id but no hash (written some other way) counts as changed.
MATCH (s:Statement)
WHERE s.id STARTS WITH 'rollcall:unga:'
RETURN s.id AS id, s.contentHash AS hash
