package org.coalitiongraph.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;

import org.coalitiongraph.GeneratedAlignments;
import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.RandomFilters;
import org.coalitiongraph.alignment.AlignmentBasis;
import org.coalitiongraph.filter.AnalyticsFilter;
import org.coalitiongraph.filter.AnalyticsFilters;
import org.coalitiongraph.graph.CypherQueries;
import org.coalitiongraph.ingest.GraphImporter;
import org.coalitiongraph.ingest.ImportDocument.OrganisationRecord;
import org.coalitiongraph.ingest.ImportDocument;
import org.coalitiongraph.network.NetworkReference.Edge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.w3c.dom.Element;

/**
 * {@code network}, {@code blocs} and {@code centrality} through GraphQL, and the GEXF and GraphML
 * downloads, against the plain Cypher edge list ({@code cypher/oracle/network-*.cypher}) and
 * reference measures computed from it, on random filters, bases and thresholds over a generated graph.
 */
@IntegrationTest
@GraphData
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkOracleIT {

    private static final long SEED = 20_240_611L;
    /** A name that needs escaping in XML, and a character outside the Basic Multilingual Plane. */
    private static final String AWKWARD_NAME = "Friends of \"A\" & <B> 'C' \uD834\uDD1E";

    @Autowired
    GraphImporter importer;
    @Autowired
    Neo4jClient neo4j;
    @Autowired
    CypherQueries queries;
    @Autowired
    AnalyticsFilters filters;

    @LocalServerPort
    int port;

    ImportDocument generated;

    @BeforeAll
    void importGeneratedGraph() {
        var base = GeneratedAlignments.generate(SEED, 30, 40, 180, 150);
        // The organisation that signed most gets the awkward name, so that it is in every download.
        var signatures = base.statements().stream().flatMap(s -> s.signatories().stream())
                .collect(Collectors.groupingBy(ImportDocument.Signature::actor, Collectors.counting()));
        var organisations = new ArrayList<>(base.organisations());
        int busiest = 0;
        for (int i = 0; i < organisations.size(); i++) {
            if (signatures.getOrDefault(organisations.get(i).id(), 0L)
                    > signatures.getOrDefault(organisations.get(busiest).id(), 0L)) {
                busiest = i;
            }
        }
        var first = organisations.get(busiest);
        organisations.set(busiest, new OrganisationRecord(first.id(), AWKWARD_NAME, first.aliases(), first.acronym(),
                first.ecosocStatus(), first.ecosocCategory(), first.country(), first.website()));
        generated = new ImportDocument(base.format(), base.dataset(), base.datasets(), base.sources(), base.states(),
                organisations, base.people(), base.sessions(), base.issues(), base.groupings(), base.statements());
        importer.importDocument(generated, "generated graph, seed " + SEED);
    }

    /** The arguments of one case, with the defaults the schema documents filled in for the oracle. */
    record Case(AnalyticsFilter filter, AlignmentBasis by, Integer minShared, Double minWeight) {

        int effectiveMinShared() {
            return minShared != null ? minShared : by == AlignmentBasis.VOTES ? 10 : 1;
        }

        double effectiveMinWeight() {
            return minWeight != null ? minWeight : by == AlignmentBasis.VOTES ? 0.85 : 1;
        }

        Map<String, Object> variables() {
            var map = new HashMap<String, Object>();
            map.put("filter", RandomFilters.variables(filter));
            map.put("by", by.name());
            map.put("minShared", minShared);
            map.put("minWeight", minWeight);
            return map;
        }
    }

    @Test
    void networkEqualsThePlainCypherAnswer() {
        var random = new Random(SEED);
        int withEdges = 0, truncated = 0, whole = 0;
        for (int i = 0; i < 60; i++) {
            var c = randomCase(random);
            Integer limit = random.nextInt(3) == 0 ? 1 + random.nextInt(60) : null;
            Double resolution = random.nextBoolean() ? null : 0.3 + 2 * random.nextDouble();
            var variables = c.variables();
            variables.put("limit", limit);
            variables.put("resolution", resolution);

            var network = query("network", variables);
            var expected = cypherEdges(c);
            var reference = new NetworkReference(expected);
            var as = c + " limit " + limit;

            assertThat(network.get("statements")).as(as).isEqualTo(cypherStatements(c));
            assertThat(network.get("minShared")).as(as).isEqualTo(c.effectiveMinShared());
            assertThat(((Number) network.get("minWeight")).doubleValue()).as(as).isEqualTo(c.effectiveMinWeight());
            assertThat(network.get("edgeCount")).as(as).isEqualTo(expected.size());
            assertThat(network.get("nodeCount")).as(as).isEqualTo(reference.nodes.size());
            int shown = limit == null ? 10_000 : limit;
            assertThat(network.get("truncated")).as(as).isEqualTo(expected.size() > shown);
            assertThat(edges(network)).as(as).isEqualTo(expected.stream().limit(shown).toList());

            var nodes = nodes(network);
            var ends = new HashSet<String>();
            expected.stream().limit(shown).forEach(e -> {
                ends.add(e.source());
                ends.add(e.target());
            });
            assertThat(nodes.keySet()).as(as).isEqualTo(ends);
            var actors = cypherActors(ends);
            nodes.forEach((id, node) -> {
                assertThat(node.get("label")).as(id).isEqualTo(actors.get(id).get("label"));
                assertThat(node.get("kind")).as(id).isEqualTo(actors.get(id).get("kind"));
                assertThat(node.get("regionalGroup")).as(id).isEqualTo(actors.get(id).get("regionalGroup"));
                assertThat(node.get("degree")).as(id).isEqualTo(reference.degree(id));
                assertThat(number(node, "weightedDegree")).as(id).isCloseTo(reference.weightedDegree(id), within(1e-9));
            });
            if (expected.isEmpty()) {
                continue;
            }
            withEdges++;
            if (expected.size() > shown) {
                truncated++;
                continue;
            }
            whole++;
            // Every node is in the answer: the partition, betweenness and PageRank can be checked whole.
            var communities = nodes.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> (Integer) e.getValue().get("community")));
            assertThat(number(network, "modularity")).as(as)
                    .isCloseTo(reference.modularity(communities, resolution == null ? 1.0 : resolution), within(1e-9));
            var betweenness = reference.betweenness();
            var pageRank = reference.pageRank();
            nodes.forEach((id, node) -> {
                assertThat(number(node, "betweenness")).as("betweenness of %s in %s", id, as)
                        .isCloseTo(betweenness.get(id), within(1e-9));
                assertThat(number(node, "pageRank")).as("PageRank of %s in %s", id, as)
                        .isCloseTo(pageRank.get(id), within(1e-9));
            });
        }
        assertThat(withEdges).as("cases with edges").isGreaterThan(35);
        assertThat(truncated).as("cases cut by limit").isGreaterThan(5);
        assertThat(whole).as("cases returned whole").isGreaterThan(15);
    }

    @Test
    void blocsPartitionTheCypherNetworkWithTheModularityTheyReport() {
        var random = new Random(SEED + 1);
        int nonTrivial = 0;
        for (int i = 0; i < 25; i++) {
            var c = randomCase(random);
            double resolution = random.nextBoolean() ? 1.0 : 0.3 + 2 * random.nextDouble();
            int central = 1 + random.nextInt(5);
            var variables = c.variables();
            variables.put("resolution", resolution);
            variables.put("central", central);

            var blocs = query("blocs", variables);
            var reference = new NetworkReference(cypherEdges(c));
            var as = c + " resolution " + resolution;

            assertThat(blocs.get("statements")).as(as).isEqualTo(cypherStatements(c));
            assertThat(blocs.get("nodeCount")).as(as).isEqualTo(reference.nodes.size());
            assertThat(blocs.get("edgeCount")).as(as).isEqualTo(reference.edges.size());
            var community = new HashMap<String, Integer>();
            var list = list(blocs, "blocs");
            int previousSize = Integer.MAX_VALUE;
            for (int b = 0; b < list.size(); b++) {
                var bloc = list.get(b);
                var members = list(bloc, "members");
                assertThat(bloc.get("community")).isEqualTo(b);
                assertThat(bloc.get("size")).isEqualTo(members.size());
                assertThat(members.size()).as("largest first").isLessThanOrEqualTo(previousSize);
                previousSize = members.size();
                for (var member : members) {
                    assertThat(community.put((String) member.get("id"), b)).as("in one bloc only").isNull();
                    assertThat(member.get("community")).isEqualTo(b);
                }
                // The most central: the heaviest ties within the bloc, heaviest first.
                var memberIds = members.stream().map(m -> (String) m.get("id")).collect(Collectors.toSet());
                var inside = memberIds.stream().collect(Collectors.toMap(id -> id, id -> reference.edges.stream()
                        .filter(e -> (e.source().equals(id) && memberIds.contains(e.target()))
                                || (e.target().equals(id) && memberIds.contains(e.source())))
                        .mapToDouble(Edge::weight).sum()));
                var heaviest = inside.values().stream().sorted(Comparator.reverseOrder()).limit(central).toList();
                var central0 = list(bloc, "mostCentral").stream().map(m -> inside.get((String) m.get("id"))).toList();
                assertThat(central0).as("most central of bloc %d in %s", b, as).hasSize(heaviest.size());
                for (int k = 0; k < heaviest.size(); k++) {
                    assertThat(central0.get(k)).isCloseTo(heaviest.get(k), within(1e-9));
                }
                assertThat(number(bloc, "internalWeight")).isCloseTo(
                        inside.values().stream().mapToDouble(Double::doubleValue).sum() / 2, within(1e-9));
            }
            assertThat(community.keySet()).as(as).containsExactlyInAnyOrderElementsOf(reference.nodes);
            if (!reference.nodes.isEmpty()) {
                assertThat(number(blocs, "modularity")).as(as)
                        .isCloseTo(reference.modularity(community, resolution), within(1e-9));
                // Better than every actor alone, and than all in one, as any useful partition is.
                var alone = reference.nodes.stream().collect(Collectors.toMap(id -> id, reference.nodes::indexOf));
                var together = reference.nodes.stream().collect(Collectors.toMap(id -> id, id -> 0));
                assertThat(number(blocs, "modularity")).as(as)
                        .isGreaterThanOrEqualTo(reference.modularity(alone, resolution) - 1e-12)
                        .isGreaterThanOrEqualTo(reference.modularity(together, resolution) - 1e-12);
                nonTrivial += list.size() > 1 ? 1 : 0;
            }
            assertThat(query("blocs", variables)).as("the same blocs again").isEqualTo(blocs);
        }
        assertThat(nonTrivial).as("cases with more than one bloc").isGreaterThan(10);
    }

    @Test
    void centralityEqualsTheReferenceOnTheCypherNetwork() {
        var random = new Random(SEED + 2);
        int compared = 0;
        for (int i = 0; i < 20; i++) {
            var c = randomCase(random);
            var orderBy = CentralityOrder.values()[random.nextInt(CentralityOrder.values().length)];
            int first = 1 + random.nextInt(100);
            var variables = c.variables();
            variables.put("orderBy", orderBy.name());
            variables.put("first", first);

            var answer = query("centrality", variables);
            var reference = new NetworkReference(cypherEdges(c));
            var betweenness = reference.betweenness();
            var pageRank = reference.pageRank();
            var as = c + " " + orderBy + " first " + first;

            assertThat(answer.get("nodeCount")).as(as).isEqualTo(reference.nodes.size());
            var actors = list(answer, "actors");
            assertThat(actors).as(as).hasSize(Math.min(first, reference.nodes.size()));
            var measure = new ArrayList<Double>();
            for (var actor : actors) {
                var id = (String) actor.get("id");
                assertThat(actor.get("degree")).as(id).isEqualTo(reference.degree(id));
                assertThat(number(actor, "weightedDegree")).as(id).isCloseTo(reference.weightedDegree(id), within(1e-9));
                assertThat(number(actor, "betweenness")).as(id).isCloseTo(betweenness.get(id), within(1e-9));
                assertThat(number(actor, "pageRank")).as(id).isCloseTo(pageRank.get(id), within(1e-9));
                measure.add(switch (orderBy) {
                    case DEGREE -> (double) reference.degree(id);
                    case WEIGHTED_DEGREE -> reference.weightedDegree(id);
                    case BETWEENNESS -> betweenness.get(id);
                    case PAGE_RANK -> pageRank.get(id);
                });
            }
            // The highest values of the measure, in order.
            var highest = reference.nodes.stream().map(id -> switch (orderBy) {
                case DEGREE -> (double) reference.degree(id);
                case WEIGHTED_DEGREE -> reference.weightedDegree(id);
                case BETWEENNESS -> betweenness.get(id);
                case PAGE_RANK -> pageRank.get(id);
            }).sorted(Comparator.reverseOrder()).limit(first).toList();
            for (int k = 0; k < highest.size(); k++) {
                assertThat(measure.get(k)).as("%s at %d", as, k).isCloseTo(highest.get(k), within(1e-9));
            }
            compared += actors.isEmpty() ? 0 : 1;
        }
        assertThat(compared).isGreaterThan(12);
    }

    @Test
    void downloadsHoldTheNetworkAsWellFormedGexfAndGraphMl() throws Exception {
        var cases = List.of(
                "by=SIGNATURES&actorKinds=ORGANISATION",
                "by=SIGNATURES&actorKinds=ORGANISATION,STATE&minWeight=2",
                "by=SIGNATURES&limit=40&from=2019-06-01&to=2021-12-31",
                "by=VOTES&minWeight=0.6&minShared=5",
                "minWeight=0.7&sessions=session:HRC50,session:UNGA77&resolution=1.5");
        boolean sawAwkwardName = false;
        for (var parameters : cases) {
            var variables = new HashMap<String, Object>();
            var filter = new HashMap<String, Object>();
            for (var pair : parameters.split("&")) {
                var key = pair.substring(0, pair.indexOf('='));
                var value = pair.substring(pair.indexOf('=') + 1);
                switch (key) {
                    case "by" -> variables.put("by", value);
                    case "minWeight" -> variables.put("minWeight", Double.parseDouble(value));
                    case "minShared" -> variables.put("minShared", Integer.parseInt(value));
                    case "limit" -> variables.put("limit", Integer.parseInt(value));
                    case "resolution" -> variables.put("resolution", Double.parseDouble(value));
                    case "from", "to" -> filter.put(key, value);
                    default -> filter.put(key, List.of(value.split(",")));
                }
            }
            variables.put("filter", filter);
            var network = query("network", variables);
            var nodes = nodes(network);
            assertThat(nodes).as(parameters).isNotEmpty();

            var gexf = parse(download("/network.gexf?" + parameters, "application/gexf+xml"));
            assertThat(gexf.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
            var gexfNodes = new HashMap<String, Map<String, Object>>();
            for (var node : elements(gexf, "node")) {
                var attributes = new HashMap<String, String>();
                elements(node, "attvalue").forEach(a -> attributes.put(a.getAttribute("for"), a.getAttribute("value")));
                gexfNodes.put(node.getAttribute("id"), Map.of("label", node.getAttribute("label"),
                        "kind", attributes.get("kind"), "regionalGroup", attributes.getOrDefault("regionalGroup", "-"),
                        "degree", Integer.parseInt(attributes.get("degree")),
                        "community", Integer.parseInt(attributes.get("community"))));
            }
            assertThat(gexfNodes).as(parameters).isEqualTo(expectedNodes(nodes));
            var gexfEdges = elements(gexf, "edge").stream().map(e -> new Edge(e.getAttribute("source"),
                    e.getAttribute("target"), Double.parseDouble(e.getAttribute("weight")),
                    Integer.parseInt(elements(e, "attvalue").getFirst().getAttribute("value")))).toList();
            assertThat(gexfEdges).as(parameters).isEqualTo(edges(network));

            var graphMl = parse(download("/network.graphml?" + parameters, "application/graphml+xml"));
            assertThat(graphMl.getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
            var graphMlNodes = new HashMap<String, Map<String, Object>>();
            for (var node : elements(graphMl, "node")) {
                var data = data(node);
                graphMlNodes.put(node.getAttribute("id"), Map.of("label", data.get("label"), "kind", data.get("kind"),
                        "regionalGroup", data.getOrDefault("regionalGroup", "-"),
                        "degree", Integer.parseInt(data.get("degree")),
                        "community", Integer.parseInt(data.get("community"))));
            }
            assertThat(graphMlNodes).as(parameters).isEqualTo(expectedNodes(nodes));
            var graphMlEdges = elements(graphMl, "edge").stream().map(e -> new Edge(e.getAttribute("source"),
                    e.getAttribute("target"), Double.parseDouble(data(e).get("weight")),
                    Integer.parseInt(data(e).get("shared")))).toList();
            assertThat(graphMlEdges).as(parameters).isEqualTo(edges(network));
            sawAwkwardName |= graphMlNodes.values().stream().anyMatch(n -> n.get("label").equals(AWKWARD_NAME));
        }
        assertThat(sawAwkwardName).as("a name that needs escaping went through").isTrue();
    }

    @Test
    void badArgumentsAreErrorsNamingThem() {
        var cases = Map.of(
                "network(minWeight: -1)", "minWeight",
                "network(by: VOTES, minWeight: 1.5)", "minWeight",
                "network(minShared: -1)", "minShared",
                "network(limit: 0)", "limit",
                "network(limit: 20001)", "limit",
                "network(resolution: 0)", "resolution",
                "blocs(resolution: -0.5)", "resolution",
                "blocs(central: 0)", "central",
                "centrality(first: 101)", "first",
                "network(filter: {sessions: [\"session:nowhere\"]})", "filter.sessions");
        cases.forEach((field, argument) -> {
            var query = "{ " + field + " { __typename } }";
            var body = GraphQlHttp.postExpectingOk(port, query);
            assertThat(body).as(query).doesNotContain("Exception", "at org.", "at java.");
            GraphQlHttp.tester(port).document(query).execute().errors().satisfy(errors -> assertThat(errors)
                    .as(query).singleElement().satisfies(error -> {
                        assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
                                .containsEntry("argument", argument);
                    }));
        });
        for (var parameters : List.of("by=FRIENDSHIP", "limit=0", "minWeight=-2", "from=yesterday", "resolution=0")) {
            var argument = parameters.substring(0, parameters.indexOf('='));
            http().get().uri("/network.gexf?" + parameters).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_USER_INPUT")
                    .jsonPath("$.errors[0].extensions.argument").isEqualTo(argument);
        }
    }

    @Test
    void downloadsFollowTheReadRulesAndCorsOfGraphQl() {
        http().get().uri("/network.graphml").header("X-API-Key", "not-a-key").exchange()
                .expectStatus().isUnauthorized();
        http().get().uri("/network.graphml").header("X-API-Key", org.coalitiongraph.TestCallers.READER_KEY).exchange()
                .expectStatus().isOk();
        http().method(HttpMethod.OPTIONS).uri("/network.gexf")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173");
        http().method(HttpMethod.OPTIONS).uri("/network.gexf")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isForbidden();
    }

    // ---- the oracle

    private List<Edge> cypherEdges(Case c) {
        var statements = filters.scope(c.filter(), "filter").statementIds();
        var parameters = new HashMap<String, Object>();
        parameters.put("statements", statements);
        parameters.put("actorLabels", AnalyticsFilters.actorLabels(c.filter()));
        parameters.put("minShared", c.effectiveMinShared());
        parameters.put("minWeight", c.effectiveMinWeight());
        var name = c.by() == AlignmentBasis.VOTES ? "oracle/network-votes" : "oracle/network-signatures";
        return neo4j.query(queries.get(name)).bindAll(parameters)
                .fetchAs(Edge.class)
                .mappedBy((types, row) -> new Edge(row.get("source").asString(), row.get("target").asString(),
                        row.get("weight").asDouble(), row.get("shared").asInt()))
                .all().stream().toList();
    }

    private int cypherStatements(Case c) {
        var parameters = new HashMap<String, Object>();
        parameters.put("statements", filters.scope(c.filter(), "filter").statementIds());
        parameters.put("relationship", c.by() == AlignmentBasis.VOTES ? "VOTED" : "SIGNED");
        return neo4j.query(queries.get("oracle/network-statements")).bindAll(parameters)
                .fetchAs(Long.class).one().orElseThrow().intValue();
    }

    private Map<String, Map<String, Object>> cypherActors(java.util.Set<String> ids) {
        var answer = new HashMap<String, Map<String, Object>>();
        neo4j.query(queries.get("oracle/network-actors")).bind(List.copyOf(ids)).to("ids").fetch().all()
                .forEach(row -> answer.put((String) row.get("id"), row));
        return answer;
    }

    // ---- random inputs

    private static Case randomCase(Random random) {
        var by = random.nextBoolean() ? AlignmentBasis.VOTES : AlignmentBasis.SIGNATURES;
        Integer minShared = random.nextInt(3) == 0 ? null : random.nextInt(by == AlignmentBasis.VOTES ? 25 : 4);
        Double minWeight;
        if (random.nextInt(4) == 0) {
            minWeight = null;
        } else if (by == AlignmentBasis.VOTES) {
            // The generated blocs agree less than states at the UN: most pairs between 0.3 and 0.8.
            minWeight = random.nextInt(6) == 0 ? 0.0 : Math.round((0.3 + 0.6 * random.nextDouble()) * 100) / 100.0;
        } else {
            minWeight = (double) random.nextInt(4);
        }
        return new Case(RandomFilters.random(random), by, minShared, minWeight);
    }




    // ---- reading answers

    private Map<String, Object> query(String field, Map<String, Object> variables) {
        var request = GraphQlHttp.tester(port).documentName(field);
        for (var variable : variables.entrySet()) {
            request = request.variable(variable.getKey(), variable.getValue());
        }
        return request.execute().path(field).entity(new ParameterizedTypeReference<Map<String, Object>>() {
        }).get();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private static List<Edge> edges(Map<String, Object> network) {
        return list(network, "edges").stream().map(e -> new Edge((String) e.get("source"), (String) e.get("target"),
                number(e, "weight"), (Integer) e.get("shared"))).toList();
    }

    private static Map<String, Map<String, Object>> nodes(Map<String, Object> network) {
        var nodes = new HashMap<String, Map<String, Object>>();
        list(network, "nodes").forEach(node -> nodes.put((String) node.get("id"), node));
        return nodes;
    }

    private static Map<String, Map<String, Object>> expectedNodes(Map<String, Map<String, Object>> nodes) {
        var expected = new HashMap<String, Map<String, Object>>();
        nodes.forEach((id, node) -> expected.put(id, Map.of("label", node.get("label"), "kind", node.get("kind"),
                "regionalGroup", node.get("regionalGroup") == null ? "-" : node.get("regionalGroup"),
                "degree", node.get("degree"), "community", node.get("community"))));
        return expected;
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer(new JdkClientHttpConnector()).baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    private byte[] download(String uri, String contentType) {
        return http().get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(contentType)
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, v -> assertThat(v).startsWith("attachment"))
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    private static Element parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static List<Element> elements(Element parent, String localName) {
        var list = parent.getElementsByTagNameNS("*", localName);
        var elements = new ArrayList<Element>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static Map<String, String> data(Element element) {
        var data = new HashMap<String, String>();
        for (var d : elements(element, "data")) {
            if (d.getParentNode() == element) {
                data.put(d.getAttribute("key"), d.getTextContent());
            }
        }
        return data;
    }
}
