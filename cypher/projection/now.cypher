// The database's clock: where the projection starts reading audit entries from.
RETURN datetime() AS now
