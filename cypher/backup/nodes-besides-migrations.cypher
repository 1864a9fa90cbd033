// How many nodes the graph holds besides the records of applied migrations: 0 is an empty graph.
// Both counts come from the count store, so this costs nothing on a large graph.
RETURN COUNT { MATCH (n) } - COUNT { MATCH (n:Migration) } AS nodes
