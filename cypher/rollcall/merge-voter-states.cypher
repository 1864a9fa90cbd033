// Every voter lands on a node: a state the reference data has not created yet is created here with
// the voter table's name, its ISO3 where it has one, and the file's voter names as aliases. Merged on
// :Actor, the label of the id constraint, so an actor with the id is found whatever else it is.
// Existing nodes are never changed: the reference data is the authority on them.
UNWIND $states AS row
MERGE (n:Actor {id: row.id})
ON CREATE SET n:State, n.name = row.name, n.iso3 = row.iso3, n.aliases = row.aliases
