package org.coalitiongraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

class SignatoryListParserTests {

    @Test
    void seedOrganisationListKeepsItsMarkersAndLegend() throws IOException {
        var text = new ClassPathResource("resolve/hrc47-organisations.txt").getContentAsString(StandardCharsets.UTF_8);

        var list = SignatoryListParser.parse(text);

        // 26 organisations; "René Cassin, the Jewish voice for human rights" is cut at its comma here and joined by the resolver.
        assertThat(list.items()).hasSize(27);
        assertThat(list.items().getFirst()).isEqualTo(new ListItem("Amnesty International", "*", 1));
        assertThat(list.items()).extracting(ListItem::text).contains("Tibet Initiative Deutschland e.V", "World Uyghur Congress",
                "Asian Forum for Human Rights and Development (FORUM-ASIA)", "the Jewish voice for human rights")
                .doesNotContain("It received support from the following organisations");
        assertThat(list.items()).filteredOn(item -> "*".equals(item.marker())).hasSize(12);
        assertThat(list.legend()).isEqualTo(Map.of("*", "ECOSOC consultative status with the UN"));
        assertThat(list.onBehalfOf()).isNull();
    }

    @Test
    void ofCourseAndTheLastAndStayForTheResolver() {
        var list = SignatoryListParser.parse("Albania, Sweden, United States of America and of course the United Kingdom.");

        assertThat(list.items()).extracting(ListItem::text)
                .containsExactly("Albania", "Sweden", "United States of America and of course the United Kingdom");
    }

    @Test
    void onBehalfOfDeclaresTheGroupAndItsSpeaker() {
        var list = SignatoryListParser.parse("Joint statement delivered by Canada on behalf of more than 40 states:\n"
                + "Albania; Andorra; Australia");

        assertThat(list.onBehalfOf()).isEqualTo(new ParsedList.OnBehalfOf("Canada", 40, true));
        assertThat(list.items()).extracting(ListItem::text).containsExactly("Albania", "Andorra", "Australia");

        var inline = SignatoryListParser.parse("Belarus on behalf of 54 countries, Pakistan, Russia");
        assertThat(inline.onBehalfOf()).isEqualTo(new ParsedList.OnBehalfOf("Belarus", 54, false));
        assertThat(inline.items()).extracting(ListItem::text).containsExactly("Belarus", "Pakistan", "Russia");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Germany on behalf of 18 EU Member States and Norway              | Germany | Norway
            Germany, on behalf of 18 EU Member States and Norway.            | Germany | Norway
            Canada on behalf of 40 states and of course the United Kingdom  | Canada  | the United Kingdom
            Canada, speaking on behalf of 44 countries and Iceland           | Canada  | Iceland
            Canada speaking on behalf of 44 countries and Iceland            | Canada  | Iceland
            """)
    void namesBesideTheCountAreSpokenFor_issue5(String text, String speaker, String spokenFor) {
        var list = SignatoryListParser.parse(text);

        assertThat(list.items()).extracting(ListItem::text, ListItem::spokenFor)
                .containsExactly(tuple(speaker, false), tuple(spokenFor, true));
        assertThat(list.onBehalfOf().speaker()).isEqualTo(speaker);
    }

    @Test
    void aJointStatementOnBehalfOfACountNamesNoSpeaker() {
        var list = SignatoryListParser.parse("Joint Statement on behalf of 47 countries\nAlbania, Andorra");

        assertThat(list.onBehalfOf()).isEqualTo(new ParsedList.OnBehalfOf(null, 47, false));
        assertThat(list.items()).extracting(ListItem::text).containsExactly("Albania", "Andorra");
    }

    @Test
    void linesBulletsSemicolonsAndSymbolLegends() {
        var list = SignatoryListParser.parse("""
                Signatories:
                - Amnesty International*
                - Human Rights Watch†; CIVICUS (*)
                  3. "World Uyghur Congress"

                * ECOSOC consultative status
                † Founding member
                """);

        assertThat(list.items()).extracting(ListItem::text, ListItem::marker, ListItem::line).containsExactly(
                tuple("Amnesty International", "*", 2), tuple("Human Rights Watch", "\u2020", 3), tuple("CIVICUS", "*", 3),
                tuple("World Uyghur Congress", null, 4));
        assertThat(list.legend()).containsEntry("*", "ECOSOC consultative status").containsEntry("\u2020", "Founding member");
    }

    @Test
    void aListNumberedWithParenthesesIsNamesNotALegend() {
        var list = SignatoryListParser.parse("""
                1) Pakistan (on behalf of the OIC)
                2) Cuba
                3) Venezuela (Bolivarian Republic of)
                """);

        assertThat(list.items()).extracting(ListItem::text, ListItem::spokenFor).containsExactly(tuple("Pakistan", false),
                tuple("the OIC", true), tuple("Cuba", false), tuple("Venezuela (Bolivarian Republic of)", false));
        assertThat(list.legend()).isEmpty();
    }

    @Test
    void digitFootnotesStayALegendWhenNamesCarryThem() {
        var list = SignatoryListParser.parse("""
                Estonia (1), Latvia, Lithuania [2]
                1) Chair of the group
                (2) Observer
                """);

        assertThat(list.items()).extracting(ListItem::text, ListItem::marker, ListItem::line).containsExactly(
                tuple("Estonia", "1", 1), tuple("Latvia", null, 1), tuple("Lithuania", "2", 1));
        assertThat(list.legend()).isEqualTo(Map.of("1", "Chair of the group", "2", "Observer"));
    }

    @Test
    void nothingButAnIntroductionIsNoName() {
        assertThat(SignatoryListParser.parse("The following states signed:\n\n").items()).isEmpty();
        assertThat(SignatoryListParser.parse("").items()).isEmpty();
        assertThat(SignatoryListParser.parse(null).items()).isEmpty();
    }
}
