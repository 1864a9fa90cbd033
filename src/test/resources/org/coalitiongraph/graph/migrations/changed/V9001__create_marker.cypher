CREATE (:MigrationProbe {name: 'edited after it was applied'});
