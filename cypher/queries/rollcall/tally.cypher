// How each statement in $ids was voted: yes, no and abstain counts. Statements without votes give no row.
UNWIND $ids AS parent
MATCH (:Statement {id: parent})<-[v:VOTED]-()
RETURN parent,
       count(CASE v.vote WHEN 'yes' THEN 1 END) AS yes,
       count(CASE v.vote WHEN 'no' THEN 1 END) AS no,
       count(CASE v.vote WHEN 'abstain' THEN 1 END) AS abstain,
       count(v) AS total
