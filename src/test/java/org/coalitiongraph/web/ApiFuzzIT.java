package org.coalitiongraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLTypeUtil;
import org.coalitiongraph.GraphData;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every argument of every query and mutation, read from the schema itself (so new fields join
 * without a change here), filled with hostile values and sent over HTTP by an admin: the answer is
 * never a 5xx, never an INTERNAL error, never a stack trace, and every error has a code. Each try
 * is drawn from a seed of its own, named in the test's name: {@code -Dfuzz.seed=N} makes try N the
 * first one again (the seeds differ from run to run otherwise).
 */
@IntegrationTest
@GraphData("demo-hrc47")
class ApiFuzzIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final long SEED = Long.getLong("fuzz.seed", new SplittableRandom().nextLong(1L << 48));

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQl;

    @Autowired
    Driver driver;

    URI endpoint;

    @BeforeEach
    void endpoint() {
        endpoint = URI.create("http://localhost:" + port + "/graphql");
    }

    @TestFactory
    Stream<DynamicTest> anyQueryArgumentsGetAnAnswerOrAClearError() {
        return tries(400, values -> request("query", fields(graphQl.schema().getQueryType()), values),
                request -> assertWellFormed(request, post(request.document(), request.variables(), TestCallers.ADMIN_KEY)));
    }

    @TestFactory
    Stream<DynamicTest> anyMutationArgumentsGetAnAnswerOrAClearError() {
        return tries(400, values -> request("mutation", fields(graphQl.schema().getMutationType()), values),
                request -> assertWellFormed(request, post(request.document(), request.variables(), TestCallers.ADMIN_KEY)));
    }

    /** Text is data, never Cypher: it comes back as sent, and nothing but the new node and its audit entry appears. */
    @TestFactory
    Stream<DynamicTest> textThatLooksLikeCypherIsStoredVerbatimAndChangesNothingElse() {
        return tries(60, values -> List.of(values.hostileText(), values.hostileText()),
                texts -> textIsStoredVerbatim(texts.get(0), texts.get(1)));
    }

    /** A try as a test of its own, named by its seed and what it sends. */
    private static <T> Stream<DynamicTest> tries(int count, Function<GraphQlValues, T> draw, Check<T> check) {
        return IntStream.range(0, count).mapToObj(i -> {
            long seed = SEED + i;
            return DynamicTest.dynamicTest("seed " + seed, () -> {
                var input = draw.apply(new GraphQlValues(new SplittableRandom(seed)));
                try {
                    check.accept(input);
                } catch (AssertionError | Exception e) {
                    throw new AssertionError("Failed with -Dfuzz.seed=" + seed + " for " + abbreviated(input) + ": " + e.getMessage(), e);
                }
            });
        });
    }

    @FunctionalInterface
    private interface Check<T> {
        void accept(T input) throws Exception;
    }

    private static String abbreviated(Object input) {
        var text = escaped(String.valueOf(input));
        return text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text;
    }

    private void textIsStoredVerbatim(String text, String notes) throws Exception {
        var id = "stmt:fuzz-" + Long.toUnsignedString(System.nanoTime(), 36);
        var before = fingerprint();
        var response = post("mutation($input: StatementInput!) { createStatement(input: $input) { title notes } }",
                Map.of("input", Map.of("id", id, "title", text, "kind", "LETTER", "notes", notes)), TestCallers.EDITOR_KEY);
        var body = JSON.readTree(response.body());
        if (text.isBlank() || text.length() > 1000) {
            // Refused: then nothing at all changed.
            assertThat(body.at("/errors/0/extensions/code").asString("")).as(response.body()).isEqualTo("BAD_USER_INPUT");
            assertThat(fingerprint()).isEqualTo(before);
            return;
        }
        assertThat(body.has("errors")).as(response.body()).isFalse();
        assertThat(escaped(body.at("/data/createStatement/title").asString())).isEqualTo(escaped(text));
        assertThat(escaped(body.at("/data/createStatement/notes").asString())).isEqualTo(escaped(notes));
        var expected = new LinkedHashMap<>(before);
        expected.merge("Statement", 1L, Long::sum);
        expected.merge("AuditEntry", 1L, Long::sum);
        assertThat(fingerprint()).isEqualTo(expected);
    }

    /** Readable in a failure report, whatever control characters the text holds. */
    private static String escaped(String text) {
        return text.codePoints().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : Character.toString(c))
                .collect(Collectors.joining());
    }

    record Request(String document, Map<String, Object> variables) {
        @Override
        public String toString() {
            return document + " " + variables;
        }
    }

    /** A call of one of the fields, its arguments drawn from their types; left out when drawn null but for required ones. */
    private static Request request(String operation, List<GraphQLFieldDefinition> fields, GraphQlValues values) {
        var field = fields.get(values.index(fields.size()));
        var variables = new LinkedHashMap<String, Object>();
        for (var argument : field.getArguments()) {
            var value = values.of(argument.getType());
            if (value != null) {
                variables.put(argument.getName(), value);
            }
        }
        return request(operation, field, variables);
    }

    private static Request request(String operation, GraphQLFieldDefinition field, Map<String, Object> variables) {
        var declarations = field.getArguments().stream()
                .map(argument -> "$" + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()))
                .collect(Collectors.joining(", "));
        var passing = field.getArguments().stream()
                .map(argument -> argument.getName() + ": $" + argument.getName())
                .collect(Collectors.joining(", "));
        var type = GraphQLTypeUtil.unwrapAll(field.getType());
        var selection = type instanceof GraphQLScalarType || type instanceof GraphQLEnumType ? "" : " { __typename }";
        var document = operation + (declarations.isEmpty() ? "" : "(" + declarations + ")") + " { " + field.getName()
                + (passing.isEmpty() ? "" : "(" + passing + ")") + selection + " }";
        return new Request(document, variables);
    }

    private static void assertWellFormed(Request request, HttpResponse<String> response) {
        assertThat(response.statusCode()).as("status of %s", request).isLessThan(500);
        assertThat(response.body()).as("answer to %s", request)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.").doesNotContain("org.neo4j");
        JsonNode body = JSON.readTree(response.body());
        for (var error : body.path("errors")) {
            assertThat(error.at("/extensions/code").asString("")).as("code of %s for %s", error, request)
                    .isNotEmpty().isNotEqualTo("INTERNAL");
        }
    }

    private HttpResponse<String> post(String document, Map<String, Object> variables, String apiKey) throws Exception {
        var body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
        var request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** How many nodes of each label and edges of each type the graph holds. */
    private Map<String, Long> fingerprint() {
        var counts = new java.util.TreeMap<String, Long>();
        driver.executableQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n").execute().records()
                .forEach(r -> counts.put(r.get("label").asString(), r.get("n").asLong()));
        driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").execute().records()
                .forEach(r -> counts.put("-" + r.get("type").asString() + "->", r.get("n").asLong()));
        return counts;
    }

    private static List<GraphQLFieldDefinition> fields(GraphQLObjectType type) {
        return type.getFieldDefinitions().stream().filter(field -> !field.getName().startsWith("__")).toList();
    }
}
