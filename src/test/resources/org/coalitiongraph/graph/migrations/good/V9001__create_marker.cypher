// A data migration for the test: it must run once only.
CREATE (:MigrationProbe {name: 'first'});
