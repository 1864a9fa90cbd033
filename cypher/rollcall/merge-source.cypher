// The source every roll call cites. Created once; an existing node is left as it is.
MERGE (src:Source {id: $id})
ON CREATE SET src.title = $title, src.url = $url, src.publisher = $publisher, src.citation = $citation
