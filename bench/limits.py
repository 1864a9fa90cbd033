#!/usr/bin/env python3
"""Times how fast oversized requests are refused with LIMIT_EXCEEDED.

Start the app first (./mvnw spring-boot:run), then:  python3 bench/limits.py [http://localhost:8080/graphql]
Loopback only; 7 requests per case.
"""
import json
import statistics
import sys
import time
import urllib.request

URL = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080/graphql"
CASES = {
    "nested 50 deep": '{ issue(id: "issue:uyghurs") { ' + "broader { " * 50 + "id" + " }" * 50 + " } }",
    "10,000 aliases": "{ " + " ".join(f'a{i}: actor(id: "org:ishr") {{ id }}' for i in range(10_000)) + " }",
    "1 MB body": '{ actor(id: "org:ishr") { id } }' + " " * 1_000_100,
    "100 x 100 x 100 rows": "{ statements(first: 100) { nodes { signatories(first: 100) { nodes {"
                            " ... on Organisation { statements(first: 100) { nodes { id } } } } } } } }",
}

for name, query in CASES.items():
    times = []
    for _ in range(7):
        started = time.perf_counter()
        request = urllib.request.Request(URL, data=json.dumps({"query": query}).encode(),
                                         headers={"content-type": "application/json"})
        body = json.loads(urllib.request.urlopen(request, timeout=30).read())
        times.append((time.perf_counter() - started) * 1000)
    error = body["errors"][0]
    print(f"{name:22s} median {statistics.median(times):6.1f} ms  {error['extensions']['code']}: {error['message'][:60]}")
