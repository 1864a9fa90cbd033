#!/usr/bin/env python3
"""Times resolveStates on 10,000 names through GraphQL, as a client sends them.

Start the app first (./mvnw spring-boot:run), then:  python3 bench/resolve-states.py [http://localhost:8080/graphql]
The names are made from the states in the graph: names and aliases as stored, in capitals, with a
leading "the", with one typo (a deletion or a swap), and 10 % that name no state. Loopback only;
one warm-up request, then 15 timed ones; prints the median and the slowest, and how the names resolved.
"""
import collections
import json
import random
import statistics
import sys
import time
import urllib.request

URL = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080/graphql"
COUNT = 10_000


def post(query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(URL, data=body, headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def state_names():
    names, after = [], None
    while True:
        page = post("query($after: String) { actors(filter: {kinds: [STATE]}, first: 100, after: $after) {"
                    " nodes { name aliases } pageInfo { hasNextPage endCursor } } }", {"after": after})["data"]["actors"]
        for node in page["nodes"]:
            names.append([node["name"]] + node["aliases"])
        if not page["pageInfo"]["hasNextPage"]:
            return names
        after = page["pageInfo"]["endCursor"]


def typo(name, rng):
    i = rng.randrange(len(name) - 1)
    return name[:i] + name[i + 1:] if rng.random() < 0.5 else name[:i] + name[i + 1] + name[i] + name[i + 2:]


def sample(states, rng):
    names = []
    while len(names) < COUNT:
        spellings = rng.choice(states)
        name = rng.choice(spellings)
        roll = rng.random()
        if roll < 0.4:
            names.append(name)
        elif roll < 0.55:
            names.append(name.upper())
        elif roll < 0.7:
            names.append("the " + name)
        elif roll < 0.9 and len(name) > 3:
            names.append(typo(name, rng))
        else:
            names.append(f"Nowhereland {rng.randrange(1000)}")
    return names


def main():
    names = sample(state_names(), random.Random(5))
    query = "query($names: [String!]!) { resolveStates(names: $names) { status state { iso3 } } }"
    answer = post(query, {"names": names})
    outcomes = collections.Counter(row["status"] for row in answer["data"]["resolveStates"])
    times = []
    for _ in range(15):
        started = time.perf_counter()
        post(query, {"names": names})
        times.append((time.perf_counter() - started) * 1000)
    print(f"resolveStates, {COUNT:,} names ({len(json.dumps(names)) // 1024} KB): median {statistics.median(times):.0f} ms, "
          f"slowest {max(times):.0f} ms over 15 requests; {dict(outcomes)}")


if __name__ == "__main__":
    main()
