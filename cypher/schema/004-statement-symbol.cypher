// statements(symbol:) finds statements by their UN document symbol, e.g. the roll calls on R/67/19.
CREATE INDEX statement_symbol IF NOT EXISTS FOR (n:Statement) ON (n.symbol);
