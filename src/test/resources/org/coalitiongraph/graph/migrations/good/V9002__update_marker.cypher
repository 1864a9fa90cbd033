MATCH (p:MigrationProbe) SET p.runs = coalesce(p.runs, 0) + 1;
