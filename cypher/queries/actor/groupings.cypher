UNWIND $ids AS parent
MATCH (state:Actor {id: parent})-[r:MEMBER_OF]->(grouping:Grouping)
RETURN parent, state, grouping, r.from AS from, r.to AS to
ORDER BY toLower(grouping.name)
