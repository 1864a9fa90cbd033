#!/usr/bin/env python3
"""Times one GraphQL query from a separate process, as a front end would send it: one keep-alive
connection, requests one after the other, the first half of the rounds untimed (the server's JIT).

    python3 bench/graphql-latency.py URL ROUNDS QUERY [ACTOR ...]

Each round sends QUERY with {"actor": ACTOR}, the actors taken in turn (none: no variables).
Prints p50 and p90 in milliseconds; exits 1 on any error. Python 3 standard library only.
AnalyticsBenchmark runs it beside its in-process figures.
"""
import http.client
import json
import sys
import time
from urllib.parse import urlparse


def main():
    url, rounds, query, actors = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
    target = urlparse(url)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
    times = []
    for i in range(rounds + rounds // 2):
        variables = {"actor": actors[i % len(actors)]} if actors else {}
        body = json.dumps({"query": query, "variables": variables})
        started = time.perf_counter()
        connection.request("POST", target.path, body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        answer = response.read()
        elapsed = time.perf_counter() - started
        if response.status != 200 or b'"errors"' in answer:
            print(f"error: HTTP {response.status}: {answer[:300]!r}")
            sys.exit(1)
        if i >= rounds // 2:
            times.append(elapsed)
    times.sort()
    print(f"p50 {times[len(times) // 2] * 1000:8.2f} ms  p90 {times[int(len(times) * 0.9)] * 1000:8.2f} ms  ({len(times)} rounds)")


if __name__ == "__main__":
    main()
