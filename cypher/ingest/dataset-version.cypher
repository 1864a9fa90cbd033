// The version of a loaded dataset, or no row when it was never loaded.
MATCH (d:Dataset {id: $id})
RETURN d.version AS version
