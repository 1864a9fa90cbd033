#!/usr/bin/env python3
"""Times how fast oversized requests are refused with LIMIT_EXCEEDED.

Start the app first (./mvnw spring-boot:run), then:  python3 bench/limits.py [http://localhost:8080/graphql]
Loopback only; 7 requests per case. Bodies over coalition.limits.max-body-size (256 KB) get HTTP 413,
the others HTTP 200 with the error.
"""
import json
import statistics
import sys
import time
import urllib.error
import urllib.request

URL = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080/graphql"
CASES = {
    "nested 50 deep": {"query": '{ issue(id: "issue:uyghurs") { ' + "broader { " * 50 + "id" + " }" * 50 + " } }"},
    "10,000 aliases": {"query": "{ " + " ".join(f'a{i}: actor(id: "org:ishr") {{ id }}' for i in range(10_000)) + " }"},
    "2,000 aliases": {"query": "{ " + " ".join(f'a{i}: actor(id: "org:ishr") {{ id }}' for i in range(2_000)) + " }"},
    "100 x 100 x 100 rows": {"query": "{ statements(first: 100) { nodes { signatories(first: 100) { nodes {"
                                      " ... on Organisation { statements(first: 100) { nodes { id } } } } } } } }"},
    "1 MB of query": {"query": '{ actor(id: "org:ishr") { id } }' + " " * 1_000_100},
    "1 MB of variables": {"query": "query ($ids: [ID!]) { statements(signedBy: $ids) { totalCount } }",
                          "variables": {"ids": [f"org:nobody-{i}" for i in range(55_000)]}},
}


def post(payload):
    request = urllib.request.Request(URL, data=payload, headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


for name, body in CASES.items():
    payload = json.dumps(body).encode()
    times = []
    for _ in range(7):
        started = time.perf_counter()
        status, answer = post(payload)
        times.append((time.perf_counter() - started) * 1000)
    error = answer["errors"][0]
    print(f"{name:22s} {len(payload) / 1024:7.0f} KB  median {statistics.median(times):6.1f} ms  "
          f"HTTP {status} {error['extensions']['code']}: {error['message'][:60]}")
