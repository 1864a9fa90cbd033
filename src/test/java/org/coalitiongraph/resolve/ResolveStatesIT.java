package org.coalitiongraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.coalitiongraph.TestCallers;
import org.coalitiongraph.cli.Commands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

/** Issue 5: {@code resolveStates} over GraphQL and {@code resolve-states} on the command line, on the reference states in the graph. */
@IntegrationTest
@GraphData("un-states")
class ResolveStatesIT {

    @LocalServerPort
    int port;

    @Autowired
    Commands commands;

    @Test
    void namesAsWrittenComeBackAsStatesOrWithTheirCandidates() {
        var answers = resolve(List.of("the United Kingdom", "Ivory Coast", "Kyrgyztan", "Korea", "Atlantis", "CAN"));

        assertThat(answers).extracting(answer -> answer.get("status"))
                .containsExactly("RESOLVED", "RESOLVED", "RESOLVED", "AMBIGUOUS", "UNKNOWN", "RESOLVED");
        assertThat(answers.get(0).get("state")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("id", "state:GBR").containsEntry("iso3", "GBR");
        assertThat(answers.get(2)).containsEntry("matchedBy", "TYPO").containsEntry("matched", "Kyrgyzstan");
        assertThat(answers.get(3).get("candidates")).isEqualTo(List.of(Map.of("id", "state:KOR"), Map.of("id", "state:PRK")));
        assertThat(answers.get(5)).containsEntry("matchedBy", "CODE");
    }

    @Test
    void aStateAddedThroughTheApiIsResolvedAtOnce() {
        GraphQlHttp.tester(port, TestCallers.EDITOR_KEY).documentName("createState")
                .variable("input", Map.of("id", "state:XSL", "name", "Sealand", "aliases", List.of("Principality of Sealand")))
                .execute().path("createState.id").entity(String.class).isEqualTo("state:XSL");

        assertThat(resolve(List.of("Sealand")).getFirst()).containsEntry("status", "RESOLVED");

        GraphQlHttp.tester(port, TestCallers.EDITOR_KEY).document("mutation { deleteState(id: \"state:XSL\") }").execute()
                .path("deleteState").entity(String.class).isEqualTo("state:XSL");
        assertThat(resolve(List.of("Sealand")).getFirst()).containsEntry("status", "UNKNOWN");
    }

    @Test
    void tooManyNamesIsABadRequestNamingTheArgument() {
        GraphQlHttp.tester(port).documentName("resolveStates")
                .variable("names", Collections.nCopies(ResolveStatesController.MAX_NAMES + 1, "x")).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors.getFirst().getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                    assertThat(errors.getFirst().getMessage()).startsWith("names: at most 10000 names");
                });
    }

    /** Before: a stack overflow inside the request (footnote marks peeled one call deep each). */
    @Test
    void aNameOfThousandsOfFootnoteMarksIsUnknown_issue5() {
        assertThat(resolve(List.of("Canada" + " (a)".repeat(5_000), "Canada")))
                .extracting(answer -> answer.get("status")).containsExactly("UNKNOWN", "RESOLVED");
    }

    @Test
    void theCommandPrintsOneLinePerNameAndFailsWhenOneDoesNotResolve() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int exit = commands.run(List.of("resolve-states", "DPRK", "Nigera"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "DPRK\tRESOLVED\tstate:PRK\talias 'DPRK'",
                "Nigera\tAMBIGUOUS\tcandidates: state:NER, state:NGA");
    }

    private List<Map<String, Object>> resolve(List<String> names) {
        return GraphQlHttp.tester(port).documentName("resolveStates").variable("names", names).execute()
                .path("resolveStates").entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                }).get();
    }
}
