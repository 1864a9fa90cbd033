// Sessions with the body they belong to (HRC, UNGA, …), for the filter's `bodies`.
MATCH (x:Session)
RETURN x.id AS id, x.body AS body
