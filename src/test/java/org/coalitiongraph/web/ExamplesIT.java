package org.coalitiongraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every operation in graphql/examples/ runs against the data the app starts with and its answer is checked. */
@IntegrationTest
@GraphData({"un-states", "demo-hrc47", "xinjiang-2019-2020"})
class ExamplesIT {

    private static final Set<String> RUN = new HashSet<>();

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void connect() {
        graphQl = GraphQlHttp.tester(port);
    }

    private GraphQlTester.Response run(String example) {
        RUN.add(example);
        var response = graphQl.documentName(example).execute();
        response.errors().verify();
        return response;
    }

    @Test
    void coSignersOfIshr() {
        run("co-signers-of-ishr").path("coSigners").entityList(Object.class).hasSize(25);
    }

    @Test
    void coSignersOfIshrOnChina() {
        run("co-signers-of-ishr-on-china").path("coSigners[*].count").entityList(Integer.class).hasSize(10)
                .satisfies(counts -> assertThat(counts).containsOnly(1));
    }

    @Test
    void alignmentOfIshrAndAmnesty() {
        // Together on the NGO statement; the ISHR alone on two undated ones, which no year holds.
        run("alignment-of-ishr-and-amnesty").path("alignment.signatures.together").entity(Integer.class).isEqualTo(1)
                .path("alignment.signatures.onlyA").entity(Integer.class).isEqualTo(2)
                .path("alignment.signatures.onlyB").entity(Integer.class).isEqualTo(0)
                .path("alignment.signatures.jaccard").entity(Double.class).isEqualTo(1.0 / 3)
                .path("alignment.votes.agreement").valueIsNull()
                .path("alignment.timeline[*].period").entityList(String.class).containsExactly("2021")
                .path("alignment.timeline[0].signatures.jaccard").entity(Double.class).isEqualTo(1.0);
    }

    @Test
    void actorById() {
        RUN.add("actor-by-id");
        graphQl.documentName("actor-by-id").variable("id", "org:ishr").execute()
                .path("actor.acronym").entity(String.class).isEqualTo("ISHR")
                .path("actor.ecosocStatus").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void statementsOfHrc47WithSignatories() {
        var response = run("statements-of-hrc47-with-signatories");
        response.path("session.statements.totalCount").entity(Integer.class).isEqualTo(4);
        response.path("session.statements.nodes[*].id").entityList(String.class).satisfies(ids -> assertThat(ids)
                .startsWith("stmt:hrc47-canada-xinjiang", "stmt:hrc47-ngo-uyghurs-high-commissioner"));
        response.path("session.statements.nodes[1].signatories.totalCount").entity(Integer.class).isEqualTo(26);
        response.path("session.statements.nodes[1].signatories.edges[?(@.role == 'LEAD')].node.id")
                .entityList(String.class).containsExactly("org:ishr");
        response.path("session.statements.nodes[1].signatories.edges[?(@.marker == '*')]")
                .entityList(Object.class).hasSize(12);
        response.path("session.statements.nodes[0].signatories.edges[*].node.id").entityList(String.class)
                .containsExactly("state:CAN");
        response.path("session.statements.nodes[0].declaredSignatoryCount").entity(Integer.class).isEqualTo(40);
    }

    @Test
    void statementInFull() {
        var response = run("statement-in-full");
        response.path("statement.deliveredBy[*].id").entityList(String.class).containsExactly("state:CAN");
        response.path("statement.onBehalfOf[0].declaredSize").entity(Integer.class).isEqualTo(40);
        response.path("statement.onBehalfOf[0].declaredSizeIsLowerBound").entity(Boolean.class).isEqualTo(true);
        response.path("statement.onBehalfOf[0].members[*].state.iso3").entityList(String.class).containsExactly("CAN");
        response.path("statement.session.id").entity(String.class).isEqualTo("session:HRC47");
        response.path("statement.issues[*].issue.id").entityList(String.class)
                .containsExactly("issue:uyghurs", "issue:xinjiang");
        response.path("statement.issues[*].stance").entityList(String.class).containsExactly("critical", "critical");
        response.path("statement.sources[0].publisher").entity(String.class)
                .isEqualTo("International Service for Human Rights (ISHR)");
    }

    @Test
    void organisationsWithEcosocStatus() {
        var response = run("organisations-with-ecosoc-status");
        response.path("actors.totalCount").entity(Integer.class).isEqualTo(12);
        response.path("actors.nodes[*].name").entityList(String.class).hasSize(12)
                .satisfies(names -> assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER));
    }

    @Test
    void searchForgivesSpelling() {
        run("search-forgives-spelling").path("search[0].node.id").entity(String.class)
                .isEqualTo("org:amnesty-international");
    }

    @Test
    void statementsSignedByIshr() {
        RUN.add("statements-signed-by-ishr");
        var first = graphQl.documentName("statements-signed-by-ishr").execute();
        first.path("organisation.statements.totalCount").entity(Integer.class).isEqualTo(3);
        first.path("organisation.statements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        var seen = new java.util.ArrayList<>(first.path("organisation.statements.edges[*].node.id")
                .entityList(String.class).get());
        var cursor = first.path("organisation.statements.pageInfo.endCursor").entity(String.class).get();

        var second = graphQl.documentName("statements-signed-by-ishr").variable("after", cursor).execute();
        second.path("organisation.statements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        seen.addAll(second.path("organisation.statements.edges[*].node.id").entityList(String.class).get());

        assertThat(seen).containsExactly("stmt:hrc47-ngo-uyghurs-high-commissioner",
                "stmt:hrc47-coalition-call-racial-justice", "stmt:hrc47-letters-resolution-43-1");
        first.path("organisation.statements.edges[0].role").entity(String.class).isEqualTo("LEAD");
    }

    @Test
    void likelySignersOfTheHrc47Statement() {
        var response = run("likely-signers-of-the-hrc47-statement");
        response.path("likelySigners.asOf").entity(String.class).isEqualTo("2021-06-22");
        response.path("likelySigners.candidates").entity(Integer.class).isEqualTo(194);
        response.path("likelySigners.signers[0].state.id").entity(String.class).isEqualTo("state:GBR");
        response.path("likelySigners.signers[*].probability").entityList(Double.class).hasSize(10)
                .satisfies(p -> assertThat(p).allSatisfy(probability -> assertThat(probability).isGreaterThan(0.9)));
        response.path("likelySigners.signers[0].reasons[*].text").entityList(String.class)
                .contains("co-signed 3 of the 3 earlier statements of the lead (Canada)");
    }

    @Test
    void likelySignersOfADraft() {
        var response = run("likely-signers-of-a-draft");
        response.path("likelySigners.candidates").entity(Integer.class).isEqualTo(192);
        response.path("likelySigners.signers[*].state.name").entityList(String.class).hasSize(10)
                .doesNotContain("Netherlands (Kingdom of the)", "Canada", "Japan", "Cuba", "China");
        response.path("likelySigners.weights[*].feature").entityList(String.class).contains("signed_countered");
    }

    @AfterAll
    static void everyExampleWasRun() throws IOException {
        var files = Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/examples/*.graphql"))
                .map(resource -> resource.getFilename().replace(".graphql", ""))
                .toList();
        assertThat(files).isNotEmpty();
        assertThat(RUN).as("examples with a test").containsAll(List.copyOf(files));
    }
}
