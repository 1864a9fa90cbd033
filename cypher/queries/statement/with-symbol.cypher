// The statements with exactly this UN document symbol (several roll calls may share one).
MATCH (s:Statement {symbol: $symbol})
RETURN s.id AS id
