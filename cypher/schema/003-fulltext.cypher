// Search over names, aliases and acronyms of actors, and statement titles.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS
FOR (n:State|Organisation) ON EACH [n.name, n.formalName, n.acronym, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX statement_titles IF NOT EXISTS
FOR (n:Statement) ON EACH [n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
