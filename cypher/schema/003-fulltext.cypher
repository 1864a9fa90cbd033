// Search over names, aliases and acronyms of actors, and statement titles, symbols and text.
// standard-folding: case and accents are ignored ("Rene Cassin" finds "René Cassin").
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS
FOR (n:State|Organisation) ON EACH [n.name, n.formalName, n.acronym, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS
FOR (n:Statement) ON EACH [n.title, n.symbol, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
