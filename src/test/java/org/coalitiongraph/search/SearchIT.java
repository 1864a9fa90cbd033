package org.coalitiongraph.search;

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
}
