#!/usr/bin/env python3
"""Holds a steady rate of mixed GraphQL reads against the demo dataset and reports latency.

    python3 bench/load.py --start          # starts the app with the README run command: 200 req/s for 60 s
    python3 bench/load.py --start --jar    # the same with the packaged jar (./mvnw package -DskipTests first)
    python3 bench/load.py --url http://127.0.0.1:8080/graphql   # against an app you started

Open loop: requests are sent on a fixed schedule (--rate per second) from a thread pool, whatever the
server's pace, and each latency is measured from the time the request was scheduled, so a server
that falls behind shows it in the figures (no coordinated omission). Keep-alive connections, one per
worker thread. The mix reads the demo dataset the way the README's questions do (graphql/examples/
and variations of them). Loopback only; duration, rate and every request are bounded, and the
script stops by itself (and the app it started).

An error is any response that is not HTTP 200 with JSON `data` and no `errors`, and any request not
answered within --timeout of its scheduled time. Exits 1 on any error or when the achieved rate is
below 95 % of the target. Python 3.11 standard library only.
"""
import argparse
import http.client
import ipaddress
import json
import math
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_DURATION_S = 600
MAX_RATE = 2000
START_TIMEOUT_S = 180


def example(name):
    """An operation from graphql/examples/, so that the load follows the schema and the README's questions."""
    return (ROOT / "graphql" / "examples" / f"{name}.graphql").read_text()


ACTOR_BY_ID = example("actor-by-id")
CO_SIGNERS_OF_ISHR = example("co-signers-of-ishr")
SESSION_WITH_SIGNATORIES = example("statements-of-hrc47-with-signatories")
SIGNED_BY_ISHR = example("statements-signed-by-ishr")
ORGANISATIONS_WITH_ECOSOC = example("organisations-with-ecosoc-status")
STATEMENT_IN_FULL = example("statement-in-full")
ACTOR_WITH_STATEMENTS = """query ActorWithStatements($id: ID!) {
  actor(id: $id) { id name kind
    ... on Organisation { acronym ecosocStatus }
    statements(first: 10) { totalCount edges { role node { id title date session { id } issues { issue { id } } } } }
  }
}"""
STATEMENTS_FILTERED = """query Statements($filter: AnalyticsFilter, $first: Int, $after: String) {
  statements(filter: $filter, first: $first, after: $after) {
    totalCount
    nodes { id title date kind signatories(first: 5) { totalCount nodes { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}"""
STATEMENTS_TEXT = """query StatementsText($text: String!) {
  statements(text: $text, first: 10) { totalCount nodes { id title deliveredBy { name } } }
}"""
SEARCH = """query Search($text: String!) {
  search(text: $text, first: 5) { score node { __typename
    ... on Organisation { id name } ... on State { id name } ... on Statement { id title } } }
}"""
STATE_BY_ISO3 = """query StateByIso3($iso3: String!) {
  state(iso3: $iso3) { id name iso3 regionalGroup
    groupings { grouping { id name kind declaredSize } }
    statements(first: 5) { totalCount edges { role node { id title } } }
  }
}"""
CO_SIGNERS = """query CoSigners($actor: ID!, $filter: AnalyticsFilter) {
  coSigners(actor: $actor, filter: $filter, first: 10) { count actor { id name } statements { id title } }
}"""
SEARCH_TERMS = ["internatonal AMNESTY", "human rights watch", "uyghur", "tibet", "xinjiang", "ISHR",
                "canada", "racial justice", "world uyghur congress", "civicus"]
STATEMENT_WORDS = ["uyghurs", "high commissioner", "xinjiang", "racial justice", "resolution"]
FILTERS = [
    {"sessions": ["session:HRC47"]},
    {"issues": ["issue:china"]},
    {"issues": ["issue:china"], "from": "2019-01-01"},
    {"kinds": ["JOINT_STATEMENT", "LETTER"]},
    {"bodies": ["HRC"], "from": "2021-01-01", "to": "2021-12-31"},
]


def operations(dataset):
    """(name, weight, make_request) for the mix; make_request(rng, cursors) returns query and variables."""
    organisations = [org["id"] for org in dataset["organisations"]]
    actors = organisations + [state["id"] for state in dataset["states"]]
    iso3s = [state["iso3"] for state in dataset["states"] if state.get("iso3")]
    statements = [stmt["id"] for stmt in dataset["statements"]]
    return [
        ("actorById", 10, lambda rng, _: (ACTOR_BY_ID, {"id": rng.choice(actors)})),
        ("actorWithStatements", 15, lambda rng, _: (ACTOR_WITH_STATEMENTS, {"id": rng.choice(actors)})),
        ("coSignersOfIshr", 10, lambda rng, _: (CO_SIGNERS_OF_ISHR, None)),
        ("coSigners", 10, lambda rng, _: (CO_SIGNERS, {"actor": rng.choice(organisations),
                                                       "filter": rng.choice([None, *FILTERS])})),
        ("statementsFiltered", 12, lambda rng, _: (STATEMENTS_FILTERED, {"filter": rng.choice(FILTERS), "first": 2})),
        ("statementsNextPage", 8, lambda rng, cursors: (STATEMENTS_FILTERED, rng.choice(cursors))),
        ("statementsText", 5, lambda rng, _: (STATEMENTS_TEXT, {"text": rng.choice(STATEMENT_WORDS)})),
        ("search", 12, lambda rng, _: (SEARCH, {"text": rng.choice(SEARCH_TERMS)})),
        ("stateByIso3", 5, lambda rng, _: (STATE_BY_ISO3, {"iso3": rng.choice(iso3s)})),
        ("statementInFull", 5, lambda rng, _: (STATEMENT_IN_FULL.replace("stmt:hrc47-canada-xinjiang", rng.choice(statements)), None)),
        ("sessionWithSignatories", 4, lambda rng, _: (SESSION_WITH_SIGNATORIES, None)),
        ("signedByIshr", 2, lambda rng, _: (SIGNED_BY_ISHR, {"after": None})),
        ("organisationsWithEcosoc", 2, lambda rng, _: (ORGANISATIONS_WITH_ECOSOC, None)),
    ]


def is_error(status, body):
    """None when the response is a clean answer, else why it is not."""
    if status != 200:
        return f"HTTP {status}"
    try:
        answer = json.loads(body)
    except ValueError:
        return "body is not JSON"
    if answer.get("errors"):
        error = answer["errors"][0]
        return f"errors: {error.get('extensions', {}).get('code')} {error.get('message', '')[:80]}"
    if answer.get("data") is None:
        return "no data"
    return None


def require_loopback(url):
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        sys.exit(f"refusing {url}: an http:// URL on this machine only")
    addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, parts.port or 80, type=socket.SOCK_STREAM)}
    if not addresses or not all(ipaddress.ip_address(address.split("%")[0]).is_loopback for address in addresses):
        sys.exit(f"refusing {url}: it resolves to {sorted(addresses)}, not loopback; this script loads this machine only")
    return parts


class Client:
    """One keep-alive connection per worker thread."""

    def __init__(self, parts, timeout):
        self.host, self.port, self.path = parts.hostname, parts.port or 80, parts.path or "/"
        self.timeout = timeout
        self.local = threading.local()
        self.reconnects = 0
        self.lock = threading.Lock()

    def post(self, payload):
        body = json.dumps(payload).encode()
        headers = {"content-type": "application/json", "accept": "application/json"}
        for attempt in (1, 2):
            connection = getattr(self.local, "connection", None)
            fresh = connection is None
            if fresh:
                connection = self.local.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            try:
                connection.request("POST", self.path, body, headers)
                response = connection.getresponse()
                data = response.read()
                if response.will_close:
                    self.drop()
                return response.status, data
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                # The server closed a kept-alive connection between two requests (idle or request
                # limit): send again once on a new one, as any pooling client does. Counted.
                self.drop()
                if fresh or attempt == 2:
                    raise
                with self.lock:
                    self.reconnects += 1
            except Exception:
                self.drop()
                raise

    def drop(self):
        connection = getattr(self.local, "connection", None)
        if connection is not None:
            connection.close()
        self.local.connection = None


def machine():
    """Other work on the machine skews the figures: say how busy it is."""
    return "{} cores, load average {:.1f} {:.1f} {:.1f}".format(os.cpu_count(), *os.getloadavg())


def percentile(sorted_values, p):
    """Nearest-rank percentile of an ascending list, in the list's unit."""
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), math.ceil(p / 100 * len(sorted_values))))
    return sorted_values[rank - 1]


def first_cursors(client):
    """Real cursors for the 'next page' operation: page 1 of each filter, read once before the run."""
    cursors = []
    for statement_filter in FILTERS:
        status, body = client.post({"query": STATEMENTS_FILTERED, "variables": {"filter": statement_filter, "first": 2}})
        if is_error(status, body):
            sys.exit(f"setup: page 1 of statements with {statement_filter} failed: {is_error(status, body)}")
        page = json.loads(body)["data"]["statements"]["pageInfo"]
        if page["hasNextPage"]:
            cursors.append({"filter": statement_filter, "first": 2, "after": page["endCursor"]})
    if not cursors:
        cursors.append({"filter": None, "first": 1, "after": None})
    return cursors


def run(args, url):
    parts = require_loopback(url)
    client = Client(parts, args.timeout)
    dataset = json.loads((ROOT / "datasets" / "demo-hrc47.json").read_text())
    mix = [operation for operation in operations(dataset) if not args.only or operation[0] in args.only]
    if not mix:
        sys.exit(f"--only names none of {[name for name, _, _ in operations(dataset)]}")
    names = [name for name, _, _ in mix]
    weights = [weight for _, weight, _ in mix]
    makers = {name: make for name, _, make in mix}
    cursors = first_cursors(client)
    rng = random.Random(args.seed)

    results = []  # (name, scheduled, latency_s, error or None, got a response), measured requests only
    errors_seen = defaultdict(int)
    lock = threading.Lock()
    start = time.perf_counter() + 0.5
    measure_from = start + args.warmup
    total = round((args.warmup + args.duration) * args.rate)

    def call(name, payload, scheduled, measured):
        responded = False
        if time.perf_counter() - scheduled > args.timeout:
            # Waited in the pool's queue past the timeout: a real client has given up by now. Not
            # sent, so that an overloaded server is not also fed requests nobody waits for.
            error = "timed out waiting for a free worker (server behind schedule)"
        else:
            try:
                status, body = client.post(payload)
                responded = True
                error = is_error(status, body)
            except Exception as failure:  # timeouts, refused connections: errors too
                error = f"{type(failure).__name__}: {failure}"
        latency = time.perf_counter() - scheduled
        if error is None and latency > args.timeout:
            error = f"answered past the {args.timeout:g} s timeout"
        with lock:
            if measured:
                results.append((name, scheduled, latency, error, responded))
                if error:
                    errors_seen[f"{name}: {error}"] += 1

    print(f"{url}: {args.rate:g} req/s for {args.duration:g} s after {args.warmup:g} s of warm-up, "
          f"{args.threads} threads, seed {args.seed}; {machine()}", flush=True)
    futures = []
    with ThreadPoolExecutor(max_workers=args.threads, thread_name_prefix="load") as pool:
        for i in range(total):
            scheduled = start + i / args.rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            name = rng.choices(names, weights)[0]
            query, variables = makers[name](rng, cursors)
            payload = {"query": query} if variables is None else {"query": query, "variables": variables}
            measured = scheduled >= measure_from
            futures.append((pool.submit(call, name, payload, scheduled, measured), measured))
        schedule_end = start + total / args.rate
        # Every request is bounded by the client timeout; give the queue that long to drain.
        _, unfinished = wait([future for future, _ in futures], timeout=args.timeout + 5)
        for future in unfinished:
            future.cancel()
        unfinished_measured = sum(1 for future, measured in futures if measured and future in unfinished)
    print(f"after the run: {machine()}")
    end = max([schedule_end] + [scheduled + latency for _, scheduled, latency, *_ in results])
    return report(args, results, errors_seen, unfinished_measured, end - measure_from, client.reconnects)


def report(args, results, errors_seen, unfinished, window_s, reconnects):
    latencies = sorted(latency * 1000 for _, _, latency, *_ in results)
    errors = sum(1 for _, _, _, error, _ in results if error) + unfinished
    served = sum(1 for *_, responded in results if responded) / window_s if window_s > 0 else 0.0
    answered = len(results) + unfinished - errors
    # Only clean answers count towards the rate held: a request given up on was not served.
    achieved = answered / window_s if window_s > 0 else 0.0
    print(f"measured {len(results) + unfinished} requests, {answered} answered in {window_s:.1f} s: "
          f"achieved {achieved:.1f} req/s (target {args.rate:g}), errors {errors}, unfinished {unfinished}, "
          f"reconnects {reconnects}; the server responded to {served:.1f} req/s, in time or not")
    print("latency from scheduled send, all measured requests (ms): p50 {:.1f}  p90 {:.1f}  p99 {:.1f}  max {:.1f}".format(
        *(percentile(latencies, p) for p in (50, 90, 99)), latencies[-1] if latencies else float("nan")))
    by_name = defaultdict(list)
    failed = defaultdict(int)
    for name, _, latency, error, _ in results:
        by_name[name].append(latency * 1000)
        failed[name] += bool(error)
    print(f"  {'operation':26s} {'count':>6s} {'errors':>6s} {'p50 ms':>8s} {'p99 ms':>8s}")
    for name in sorted(by_name, key=lambda n: -len(by_name[n])):
        values = sorted(by_name[name])
        print(f"  {name:26s} {len(values):6d} {failed[name]:6d} {percentile(values, 50):8.1f} {percentile(values, 99):8.1f}")
    for what, count in sorted(errors_seen.items(), key=lambda item: -item[1])[:10]:
        print(f"  error x{count}: {what}")
    ok = errors == 0 and achieved >= 0.95 * args.rate
    print("PASS" if ok else "FAIL", f"(0 errors and at least {0.95 * args.rate:.0f} req/s needed)")
    return 0 if ok else 1


def start_app(port, workdir, jar):
    """The README's run command (or the packaged jar) on a private port and a fresh database under workdir."""
    arguments = [f"--server.port={port}", f"--coalition.embedded.data-directory={workdir}/neo4j",
                 "--coalition.embedded.bolt-port=0"]
    if jar:
        jars = sorted((ROOT / "target").glob("coalition-graph-*.jar"))
        if not jars:
            sys.exit("no target/coalition-graph-*.jar: run ./mvnw package -DskipTests first")
        java = Path(os.environ["JAVA_HOME"]) / "bin" / "java" if os.environ.get("JAVA_HOME") else "java"
        command = [str(java), "-jar", str(jars[-1]), *arguments]
    else:
        command = [str(ROOT / "mvnw"), "-q", "spring-boot:run", f"-Dspring-boot.run.arguments={' '.join(arguments)}"]
    log = open(Path(workdir) / "app.log", "wb")
    # A session of its own, so that stopping it ends Maven and the JVM it forked, and nothing else.
    app = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/graphql"
    deadline = time.monotonic() + START_TIMEOUT_S
    probe = json.dumps({"query": '{ actor(id: "org:ishr") { id } }'}).encode()
    while time.monotonic() < deadline:
        if app.poll() is not None:
            break
        try:
            request = urllib.request.Request(url, data=probe, headers={"content-type": "application/json"})
            if b'"org:ishr"' in urllib.request.urlopen(request, timeout=2).read():
                print(f"app answered after {START_TIMEOUT_S - (deadline - time.monotonic()):.0f} s", flush=True)
                return app, url
        except OSError:
            pass
        time.sleep(0.5)
    stop_app(app)
    sys.exit(f"the app gave no answer within {START_TIMEOUT_S} s; see {workdir}/app.log")


def stop_app(app):
    if app.poll() is None:
        os.killpg(app.pid, signal.SIGTERM)
        try:
            app.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(app.pid, signal.SIGKILL)
            app.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8080/graphql", help="GraphQL endpoint on this machine")
    parser.add_argument("--rate", type=float, default=200, help="requests per second (default 200)")
    parser.add_argument("--duration", type=float, default=60, help="measured seconds (default 60)")
    parser.add_argument("--warmup", type=float, default=10, help="seconds at the same rate before measuring (default 10)")
    parser.add_argument("--threads", type=int, default=32, help="worker threads, one connection each (default 32)")
    parser.add_argument("--timeout", type=float, default=10, help="seconds a request may take (default 10)")
    parser.add_argument("--seed", type=int, default=47, help="seed of the operation mix")
    parser.add_argument("--only", type=lambda names: set(names.split(",")), default=set(),
                        help="comma-separated operations of the mix to send alone, to find what is costly")
    parser.add_argument("--start", action="store_true",
                        help="start the app with ./mvnw spring-boot:run on --port and a fresh database, stop it after")
    parser.add_argument("--jar", action="store_true", help="with --start: run target/coalition-graph-*.jar instead")
    parser.add_argument("--port", type=int, default=18080, help="port for --start (default 18080)")
    args = parser.parse_args()
    if not 0 < args.rate <= MAX_RATE:
        parser.error(f"--rate must be within (0, {MAX_RATE}]")
    if not 0 < args.duration or args.warmup < 0 or args.duration + args.warmup > MAX_DURATION_S:
        parser.error(f"--duration must be positive and warm-up plus duration at most {MAX_DURATION_S} s")
    if not 1 <= args.threads <= 256 or not 0 < args.timeout <= 60:
        parser.error("--threads must be 1 to 256 and --timeout at most 60 s")
    if not args.start:
        return run(args, args.url)
    with tempfile.TemporaryDirectory(prefix="coalition-graph-load.") as workdir:
        app, url = start_app(args.port, workdir, args.jar)
        try:
            return run(args, url)
        finally:
            stop_app(app)


if __name__ == "__main__":
    sys.exit(main())
