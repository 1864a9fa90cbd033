package org.coalitiongraph.alignment;

import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.coalitiongraph.CoalitionGraphApplication;
import org.coalitiongraph.embedded.EmbeddedNeo4j;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.projection.AnalyticsProjection;
import org.coalitiongraph.security.ApiKey;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analytics goals of issue 6, measured side by side in one run through GraphQL over HTTP (the
 * response cache off, so that every answer is computed):
 * <ol>
 * <li>on all UNGA votes: {@code mostAligned(X, by: VOTES)} beside the plain Cypher answer
 * ({@code cypher/oracle/co-voters.cypher}) on the same database, {@code network} and {@code blocs}
 * over one decade, and how long a write takes to show in the analytics;</li>
 * <li>on a generated graph of 1M signatures (200 states, 20,000 organisations, 50,000 statements,
 * skewed degrees): {@code coSigners}.</li>
 * </ol>
 * Run with {@code bash bench/analytics.sh}, which prepares the UNGA database.
 */
public final class AnalyticsBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EDITOR_KEY = ApiKey.generateSecret();
    private static final int ROUNDS = Integer.getInteger("rounds", 200);

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("%d cores, load %s, %s%n", Runtime.getRuntime().availableProcessors(),
                java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip(), System.getProperty("java.version"));
        try (var app = start(Path.of(args[0]))) {
            onUngaVotes(app);
            ungaFigures(url(app));
        }
        try (var app = start(Path.of(args[1]))) {
            onGeneratedSignatures(app);
        }
    }

    private static void onUngaVotes(ConfigurableApplicationContext app) throws Exception {
        var url = url(app);
        var projection = app.getBean(AnalyticsProjection.class).current();
        System.out.printf("%nUNGA votes: %d actors, %d roll calls%n", projection.actorCount(), projection.rollCallCount());
        var states = new ArrayList<String>();
        for (var id : List.of("USA", "CHN", "RUS", "GBR", "FRA", "IND", "BRA", "ZAF", "ISR", "CUB", "DEU", "JPN",
                "NGA", "EGY", "PAK", "MEX", "CAN", "AUS", "IRN", "SAU")) {
            states.add("state:" + id);
        }
        var mostAligned = """
                query($actor: ID!) { mostAligned(actor: $actor, by: VOTES, first: 10) {
                  actor { id name } score basis } }""";
        var graphQl = time(ROUNDS, i -> post(url, mostAligned, Map.of("actor", states.get(i % states.size()))));
        var driver = app.getBean(Driver.class);
        var plain = app.getBean(CypherQueries.class).get("oracle/co-voters");
        var cypher = time(Math.max(10, ROUNDS / 10), i -> {
            var parameters = new HashMap<String, Object>();
            parameters.put("actor", states.get(i % states.size()));
            parameters.put("statements", null);
            parameters.put("actorLabels", null);
            parameters.put("minShared", 10);
            parameters.put("highestFirst", true);
            parameters.put("first", 10);
            driver.executableQuery(plain).withParameters(parameters).execute();
        });
        var floor = time(ROUNDS, i -> post(url, "query { __typename }", Map.of()));
        var alignments = app.getBean(Alignments.class);
        var inProcess = time(ROUNDS * 5, i -> alignments.ranked(states.get(i % states.size()),
                org.coalitiongraph.filter.AnalyticsFilter.NONE, AlignmentBasis.VOTES, null, 10, true));
        report("mostAligned(X, by: VOTES), GraphQL", graphQl);
        fromAnotherProcess("the same, GraphQL from another process (python3)", url, mostAligned, states);
        report("  of which: the answer computed in process (Alignments.ranked)", inProcess);
        report("  for scale: the smallest query, { __typename }, GraphQL", floor);
        report("the same, plain Cypher (co-voters.cypher)", cypher);
        System.out.printf("  speed-up at p50: %.0fx%n", (double) median(cypher) / median(graphQl));

        var decade = Map.<String, Object>of("filter", Map.of("from", "2010-01-01", "to", "2019-12-31"));
        reportUnlessFailed("network(decade 2010-2019, by: VOTES), GraphQL", () -> time(ROUNDS / 4, i -> post(url, """
                query($filter: AnalyticsFilter) { network(filter: $filter, by: VOTES) {
                  nodes { id label kind regionalGroup degree } edges { source target weight } } }""", decade)));
        reportUnlessFailed("blocs(decade 2010-2019, by: VOTES), GraphQL", () -> time(ROUNDS / 10, i -> post(url, """
                query($filter: AnalyticsFilter) { blocs(filter: $filter, by: VOTES) {
                  modularity blocs { size members { id } } } }""", decade)));

        // A statement signed by the United States; Canada's signature added, then removed, each through the
        // API: how long until coSigners shows the change.
        var statement = "stmt:bench-visible-" + System.currentTimeMillis();
        post(url, EDITOR_KEY, """
                mutation($id: ID!) { createStatement(input: {id: $id, title: "Benchmark statement",
                  kind: JOINT_STATEMENT, date: "2024-01-01", signatories: [{actor: "state:USA"}]}) { id } }""",
                Map.of("id", statement));
        int before = canadaWithUsa(url);
        long[] visible;
        try {
            visible = time(20, i -> {
                var mutation = i % 2 == 0 ? "mutation($s: ID!) { addSignature(statement: $s, signature: {actor: \"state:CAN\"}) { id } }"
                        : "mutation($s: ID!) { removeSignature(statement: $s, actor: \"state:CAN\") { id } }";
                post(url, EDITOR_KEY, mutation, Map.of("s", statement));
                int expected = before + (i % 2 == 0 ? 1 : 0);
                while (canadaWithUsa(url) != expected) {
                    Thread.onSpinWait();
                }
            });
        } finally {
            post(url, EDITOR_KEY, "mutation($s: ID!) { deleteStatement(id: $s) }", Map.of("s", statement));
        }
        report("a write through the API until coSigners shows it", visible);
    }

    /** The figures issue 6 asks for, from the same database: who votes with whom in UNGA sessions 70-74. */
    private static void ungaFigures(String url) {
        var sessions = new ArrayList<String>();
        for (int session = 70; session <= 74; session++) {
            sessions.add("session:UNGA" + session);
        }
        var filter = Map.<String, Object>of("sessions", sessions);
        System.out.printf("%nUNGA sessions 70-74%n");
        for (var actor : List.of("state:USA", "state:CHN")) {
            var rows = post(url, """
                    query($actor: ID!, $filter: AnalyticsFilter) { mostAligned(actor: $actor, filter: $filter, by: VOTES, first: 10) {
                      actor { name } score basis } }""", Map.of("actor", actor, "filter", filter)).get("mostAligned");
            var line = new StringBuilder();
            for (var row : rows) {
                line.append(String.format("%s %.3f (%d); ", row.get("actor").get("name").asString(),
                        row.get("score").asDouble(), row.get("basis").asInt()));
            }
            System.out.printf("  most vote-aligned with %s: %s%n", actor, line);
        }
        for (var pair : List.of(List.of("state:USA", "state:ISR"), List.of("state:CHN", "state:RUS"))) {
            var votes = post(url, """
                    query($a: ID!, $b: ID!, $filter: AnalyticsFilter) { alignment(a: $a, b: $b, filter: $filter) {
                      votes { agreement sharedRollCalls identical oneAbstained opposite } } }""",
                    Map.of("a", pair.get(0), "b", pair.get(1), "filter", filter)).get("alignment").get("votes");
            System.out.printf("  alignment(%s, %s): agreement %.3f over %d shared roll calls (%d identical, %d one abstained, %d opposite)%n",
                    pair.get(0), pair.get(1), votes.get("agreement").asDouble(), votes.get("sharedRollCalls").asInt(),
                    votes.get("identical").asInt(), votes.get("oneAbstained").asInt(), votes.get("opposite").asInt());
        }
    }

    /**
     * The same query timed by {@code bench/graphql-latency.py} in a process of its own, as a front end
     * sends it: an HTTP client inside this JVM shares its two cores, heap and collector with the server.
     */
    private static void fromAnotherProcess(String what, String url, String query, List<String> actors) throws Exception {
        var command = new ArrayList<>(List.of("python3", "bench/graphql-latency.py", url, Integer.toString(ROUNDS * 5),
                query.replace('\n', ' ')));
        command.addAll(actors);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes()).strip();
        process.waitFor();
        System.out.printf("  %-62s %s%n", what, output);
    }

    /** How many statements Canada signed together with the United States, as coSigners answers. */
    private static int canadaWithUsa(String url) {
        var answer = post(url, "query { coSigners(actor: \"state:USA\", first: 100) { actor { id } count } }", Map.of());
        for (var row : answer.get("coSigners")) {
            if (row.get("actor").get("id").asString().equals("state:CAN")) {
                return row.get("count").asInt();
            }
        }
        return 0;
    }

    private static void onGeneratedSignatures(ConfigurableApplicationContext app) throws Exception {
        var url = url(app);
        long started = System.nanoTime();
        var actors = GeneratedGraph.write(app.getBean(EmbeddedNeo4j.class), new Random(11));
        app.getBean(AnalyticsProjection.class).reloadAll();
        System.out.printf("%nGenerated graph: %,d signatures written and projected in %.1f s%n", GeneratedGraph.SIGNATURES,
                (System.nanoTime() - started) / 1e9);
        var query = """
                query($actor: ID!) { coSigners(actor: $actor, first: 20) { actor { id name } count } }""";
        var random = new Random(3);
        report("coSigners(X), X any actor, GraphQL", time(ROUNDS, i -> post(url, query,
                Map.of("actor", actors.get(random.nextInt(actors.size()))))));
        report("coSigners(X), X one of the 200 states (the busiest), GraphQL", time(ROUNDS, i -> post(url, query,
                Map.of("actor", "state:G" + (i % 200)))));
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        var app = new SpringApplication(CoalitionGraphApplication.class);
        return app.run("--coalition.embedded.data-directory=" + dataDirectory, "--server.port=0",
                "--coalition.embedded.bolt-port=0", "--coalition.datasets.load-on-start=", "--coalition.cache.enabled=false",
                "--logging.level.root=WARN", "--logging.level.org.coalitiongraph.projection=INFO",
                "--coalition.security.api-keys[0].name=bench", "--coalition.security.api-keys[0].role=EDITOR",
                "--coalition.security.api-keys[0].hash=" + ApiKey.hash(EDITOR_KEY),
                "--coalition.security.api-keys-file=" + dataDirectory.resolveSibling("bench-api-keys.tsv"));
    }

    private static String url(ConfigurableApplicationContext app) {
        return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/graphql";
    }

    interface Round {
        void run(int i) throws Exception;
    }

    /** Runs {@code rounds} timed rounds after half as many (an even number) untimed ones, for the JIT; nanoseconds per round. */
    private static long[] time(int rounds, Round round) throws Exception {
        int warmUp = Math.max(4, rounds / 2) & ~1;
        for (int i = 0; i < warmUp; i++) {
            round.run(i);
        }
        var times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            round.run(warmUp + i);
            times[i] = System.nanoTime() - started;
        }
        Arrays.sort(times);
        return times;
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static void report(String what, long[] sorted) {
        System.out.printf("  %-62s p50 %8.2f ms  p90 %8.2f ms  (%d rounds)%n", what, median(sorted) / 1e6,
                sorted[(int) (sorted.length * 0.9)] / 1e6, sorted.length);
    }

    interface Timing {
        long[] run() throws Exception;
    }

    private static void reportUnlessFailed(String what, Timing timing) throws Exception {
        try {
            report(what, timing.run());
        } catch (IllegalStateException e) {
            System.out.printf("  %-62s failed: %s%n", what, e.getMessage());
        }
    }

    private static JsonNode post(String url, String query, Map<String, Object> variables) {
        return post(url, null, query, variables);
    }

    private static JsonNode post(String url, String apiKey, String query, Map<String, Object> variables) {
        // A plain blocking connection (keep-alive underneath): java.net.http.HttpClient's asynchronous
        // machinery, in the same JVM on two cores, added some 4 ms to every request.
        try {
            var connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            if (apiKey != null) {
                connection.setRequestProperty("X-API-Key", apiKey);
            }
            try (var out = connection.getOutputStream()) {
                out.write(JSON.writeValueAsBytes(Map.of("query", query, "variables", variables)));
            }
            int status = connection.getResponseCode();
            String body;
            try (var in = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
                body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            var json = JSON.readTree(body);
            if (status != 200 || json.has("errors")) {
                throw new IllegalStateException("GraphQL answered " + status + ": " + body);
            }
            return json.get("data");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * 1,000,000 signatures over 200 states, 20,000 organisations and 50,000 statements, written with
     * the embedded database's own API. Degrees are skewed as in real lists: statement sizes follow a
     * heavy tail (most lists are short, a few have hundreds of names), and actors sign with
     * Zipf-like activity (states far more than organisations, a few organisations very often).
     */
    static final class GeneratedGraph {

        static final int STATES = 200;
        static final int ORGANISATIONS = 20_000;
        static final int STATEMENTS = 50_000;
        static final int SIGNATURES = 1_000_000;

        static List<String> write(EmbeddedNeo4j neo4j, Random random) {
            var db = neo4j.database();
            var ids = new ArrayList<String>();
            var weights = new double[STATES + ORGANISATIONS];
            for (int i = 0; i < STATES; i++) {
                ids.add("state:G" + i);
                weights[i] = 40.0 / Math.pow(i + 1, 0.6);
            }
            for (int i = 0; i < ORGANISATIONS; i++) {
                ids.add("org:g" + i);
                weights[STATES + i] = 8.0 / Math.pow(i + 1, 0.9);
            }
            var cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
            var sizes = statementSizes(random);
            var nodes = new String[ids.size()];
            try (var tx = db.beginTx()) {
                for (int i = 0; i < ids.size(); i++) {
                    Node node = tx.createNode(Label.label("Actor"), Label.label(i < STATES ? "State" : "Organisation"));
                    node.setProperty("id", ids.get(i));
                    node.setProperty("name", (i < STATES ? "State " : "Organisation ") + i);
                    nodes[i] = node.getElementId();
                }
                tx.commit();
            }
            int written = 0;
            var tx = db.beginTx();
            try {
                for (int s = 0; s < STATEMENTS; s++) {
                    var statement = tx.createNode(Label.label("Statement"));
                    statement.setProperty("id", "stmt:g" + s);
                    statement.setProperty("title", "Generated statement " + s);
                    statement.setProperty("kind", "JOINT_STATEMENT");
                    statement.setProperty("date", LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000)));
                    var signers = new java.util.HashSet<Integer>();
                    while (signers.size() < sizes[s]) {
                        int at = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
                        signers.add(at < 0 ? -at - 1 : at);
                    }
                    for (int actor : signers) {
                        tx.getNodeByElementId(nodes[actor]).createRelationshipTo(statement, RelationshipType.withName("SIGNED"))
                                .setProperty("role", "SIGNATORY");
                    }
                    written += signers.size();
                    if (s % 2_000 == 1_999) {
                        tx.commit();
                        tx.close();
                        tx = db.beginTx();
                    }
                }
                tx.commit();
            } finally {
                tx.close();
            }
            if (written != SIGNATURES) {
                throw new IllegalStateException("wrote " + written + " signatures");
            }
            return ids;
        }

        /** Heavy-tailed list sizes (2 to 600 names) scaled to add up to exactly {@link #SIGNATURES}. */
        private static int[] statementSizes(Random random) {
            var raw = new double[STATEMENTS];
            double total = 0;
            for (int s = 0; s < STATEMENTS; s++) {
                raw[s] = Math.min(600, 2 + Math.exp(random.nextGaussian() * 1.1 + 2.2));
                total += raw[s];
            }
            var sizes = new int[STATEMENTS];
            int sum = 0;
            for (int s = 0; s < STATEMENTS; s++) {
                sizes[s] = Math.max(2, (int) Math.round(raw[s] * SIGNATURES / total));
                sum += sizes[s];
            }
            for (int s = 0; sum != SIGNATURES; s = (s + 1) % STATEMENTS) {
                int step = sum < SIGNATURES ? 1 : (sizes[s] > 2 ? -1 : 0);
                sizes[s] += step;
                sum += step;
            }
            return sizes;
        }
    }
}
