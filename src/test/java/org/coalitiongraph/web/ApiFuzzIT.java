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
import java.util.stream.Collectors;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLTypeUtil;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.coalitiongraph.SharedApp;
import org.coalitiongraph.TestCallers;
import org.coalitiongraph.ingest.Datasets;
import org.neo4j.driver.Driver;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every argument of every query and mutation, read from the schema itself (so new fields join
 * without a change here), filled with hostile values and sent over HTTP by an admin: the answer is
 * never a 5xx, never an INTERNAL error, never a stack trace, and every error has a code.
 */
class ApiFuzzIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static URI endpoint;
    static List<GraphQLFieldDefinition> queries;
    static List<GraphQLFieldDefinition> mutations;
    static Driver driver;

    @BeforeContainer
    static void startApp() {
        var context = SharedApp.context();
        endpoint = URI.create("http://localhost:" + SharedApp.port(context) + "/graphql");
        var schema = context.getBean(GraphQlSource.class).schema();
        queries = fields(schema.getQueryType());
        mutations = fields(schema.getMutationType());
        driver = context.getBean(Driver.class);
        driver.executableQuery("MATCH (n) WHERE NOT n:Migration DETACH DELETE n").execute();
        context.getBean(Datasets.class).load("demo-hrc47");
    }

    @Property(tries = 400)
    void anyQueryArgumentsGetAnAnswerOrAClearError(@ForAll("queryRequests") Request request) throws Exception {
        assertWellFormed(request, post(request.document(), request.variables(), TestCallers.ADMIN_KEY));
    }

    @Property(tries = 400)
    void anyMutationArgumentsGetAnAnswerOrAClearError(@ForAll("mutationRequests") Request request) throws Exception {
        assertWellFormed(request, post(request.document(), request.variables(), TestCallers.ADMIN_KEY));
    }

    /** Text is data, never Cypher: it comes back as sent, and nothing but the new node and its audit entry appears. */
    @Property(tries = 60)
    void textThatLooksLikeCypherIsStoredVerbatimAndChangesNothingElse(
            @ForAll("hostileText") String text, @ForAll("hostileText") String notes) throws Exception {
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

    @Provide
    Arbitrary<Request> queryRequests() {
        return requests("query", queries);
    }

    @Provide
    Arbitrary<Request> mutationRequests() {
        return requests("mutation", mutations);
    }

    @Provide
    Arbitrary<String> hostileText() {
        // Unicode text only: an unpaired surrogate is not text and cannot cross UTF-8 unchanged.
        return Arbitraries.oneOf(Arbitraries.of(GraphQlArbitraries.HOSTILE_TEXT).filter(ApiFuzzIT::isUnicode),
                Arbitraries.strings().withChars("'\"\\{}()[]$`/*:;-—.\n\t\u0000 ").ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20).filter(ApiFuzzIT::isUnicode));
    }

    private static boolean isUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    record Request(String document, Map<String, Object> variables) {
        @Override
        public String toString() {
            return document + " " + variables;
        }
    }

    private static Arbitrary<Request> requests(String operation, List<GraphQLFieldDefinition> fields) {
        return Arbitraries.of(fields).flatMap(field -> {
            var arguments = field.getArguments();
            if (arguments.isEmpty()) {
                return Arbitraries.just(request(operation, field, Map.of()));
            }
            var values = arguments.stream().map(argument -> GraphQlArbitraries.of(argument.getType())
                    .injectNull(argument.getType() instanceof graphql.schema.GraphQLNonNull ? 0 : 0.2)).toList();
            return Combinators.combine(values).as(list -> {
                var variables = new LinkedHashMap<String, Object>();
                for (int i = 0; i < arguments.size(); i++) {
                    if (list.get(i) != null) {
                        variables.put(arguments.get(i).getName(), list.get(i));
                    }
                }
                return request(operation, field, variables);
            });
        });
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

    private static HttpResponse<String> post(String document, Map<String, Object> variables, String apiKey) throws Exception {
        var body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
        var request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** How many nodes of each label and edges of each type the graph holds. */
    private static Map<String, Long> fingerprint() {
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
