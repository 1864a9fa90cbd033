UNWIND $ids AS parent
MATCH (grouping:Grouping {id: parent})<-[r:MEMBER_OF]-(state:Actor)
RETURN parent, state, grouping, r.from AS from, r.to AS to
ORDER BY toLower(state.name)
