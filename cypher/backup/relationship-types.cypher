// How many relationships have each type in use; types of no relationship are left out.
CALL db.relationshipTypes() YIELD relationshipType AS type
WITH type, COUNT { MATCH ()-[r:$(type)]->() } AS relationships
WHERE relationships > 0
RETURN type, relationships
ORDER BY type
