package org.coalitiongraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.coalitiongraph.GraphData;
import org.coalitiongraph.GraphQlHttp;
import org.coalitiongraph.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
@GraphData("demo-hrc47")
class SearchIT {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource(delimiter = '|', textBlock = """
            René Cassin                  | org:rene-cassin
            rene cassin                  | org:rene-cassin
            CASSIN RENE                  | org:rene-cassin
            Amnesty Internatonal         | org:amnesty-international
            humn rights watch            | org:human-rights-watch
            ISHR                         | org:ishr
            forum-asia                   | org:forum-asia
            East and Horn of Africa      | org:defenddefenders
            Canada                       | state:CAN
            xinjiang canada joint        | stmt:hrc47-canada-xinjiang
            uyghur congress world        | org:world-uyghur-congress
            """)
    void findsWhatWasMeantFirst(String text, String expected) {
        GraphQlHttp.tester(port)
                .document("query ($text: String!) { search(text: $text, first: 5) { score node { "
                        + "... on State { id } ... on Organisation { id } ... on Statement { id } } } }")
                .variable("text", text)
                .execute()
                .path("search[0].node.id").entity(String.class).isEqualTo(expected);
    }

    @ParameterizedTest(name = "statements(text: \"{0}\") finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            statement on Xinjiang         | stmt:hrc47-canada-xinjiang
            delivered by CANADA           | stmt:hrc47-canada-xinjiang
            the resolution 43/1           | stmt:hrc47-coalition-call-racial-justice stmt:hrc47-letters-resolution-43-1
            """)
    void theTextFilterIgnoresStopWordsAndCase(String text, String expected) {
        GraphQlHttp.tester(port)
                .document("query ($text: String) { statements(text: $text, orderBy: TITLE) { nodes { id } } }")
                .variable("text", text)
                .execute()
                .path("statements.nodes[*].id").entityList(String.class)
                .satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder(expected.split(" ")));
    }
}
