package org.coalitiongraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.coalitiongraph.actor.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The names of a parsed list against the reference states: where "and" joins two names and where it is part of one. */
class SignatoryListResolverTests {

    private final SignatoryListResolver resolver = new SignatoryListResolver(ReferenceStates.index(),
            new OrganisationIndex(List.of()), Set.of());

    @Test
    void namesWithAndInThemStayWholeBetweenAnds() {
        var list = resolve("Bosnia and Herzegovina, Trinidad and Tobago and Antigua and Barbuda.");

        assertThat(list.items()).extracting(ResolvedItem::text)
                .containsExactly("Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda");
        assertThat(list.items()).extracting(ResolvedItem::actorId)
                .containsExactly("state:BIH", "state:TTO", "state:ATG");
    }

    @Test
    void andBetweenTwoNamesSplitsThem() {
        var list = resolve("Norway, Switzerland and the United Kingdom*, Saint Kitts and Nevis & Niger");

        assertThat(list.items()).extracting(ResolvedItem::text)
                .containsExactly("Norway", "Switzerland", "the United Kingdom", "Saint Kitts and Nevis", "Niger");
        assertThat(list.items()).extracting(ResolvedItem::actorId)
                .containsExactly("state:NOR", "state:CHE", "state:GBR", "state:KNA", "state:NER");
        assertThat(list.items()).extracting(ResolvedItem::marker).containsExactly(null, null, "*", null, null);
    }

    @Test
    void aPartOfAStateListThatNamesNoStateIsReportedOnItsOwn() {
        var list = resolve("Sweden, the European Union and Iceland and Liechtenstein");

        assertThat(list.items()).extracting(ResolvedItem::text, ResolvedItem::status, ResolvedItem::actorId).containsExactly(
                tuple("Sweden", ItemStatus.MATCHED, "state:SWE"), tuple("the European Union", ItemStatus.UNKNOWN, null),
                tuple("Iceland", ItemStatus.MATCHED, "state:ISL"), tuple("Liechtenstein", ItemStatus.MATCHED, "state:LIE"));
    }

    /** Issue 5 regressions: layouts of lists not in this repository. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void listsAsPrintedGiveTheirStates(String layout, String text, List<String> iso3s) {
        var list = resolver.resolve(SignatoryListParser.parse(text), null);

        assertThat(list.kind()).as(layout).isEqualTo(ActorKind.STATE);
        assertThat(list.items()).as(layout).allMatch(item -> item.status() == ItemStatus.MATCHED || item.status() == ItemStatus.GROUP);
        assertThat(list.items()).as(layout).filteredOn(item -> item.status().signs()).extracting(ResolvedItem::actorId)
                .containsExactlyElementsOf(iso3s.stream().map(iso3 -> "state:" + iso3).toList());
    }

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("asterisk bullets", "* Albania\n* Andorra\n* Australia", List.of("ALB", "AND", "AUS")),
                Arguments.of("(1) numbering", "(1) Albania\n(2) Austria\n(3) Belgium", List.of("ALB", "AUT", "BEL")),
                Arguments.of("[1] and 1 - numbering", "[1] France\n[2] Germany\n3 - Italy", List.of("FRA", "DEU", "ITA")),
                Arguments.of("roman numerals", "i. Spain\nii. Portugal\niii. Greece", List.of("ESP", "PRT", "GRC")),
                Arguments.of("compass initials", "S. Sudan, E. Germany, N. Korea", List.of("SSD", "DDR", "PRK")),
                Arguments.of("numbered names and numbered footnotes", "(1) Albania\n(2) Austria (1)\n(3) Belgium (2)\n"
                        + "(1) EU candidate\n(2) Also on behalf of Luxembourg", List.of("ALB", "AUT", "BEL")),
                Arguments.of("asterisk bullets and an asterisk footnote", "* Albania\n* Andorra*\n* Austria",
                        List.of("ALB", "AND", "AUT")),
                Arguments.of("two states a comma or and could merge", "Montenegro, Serbia, Montenegro and Serbia",
                        List.of("MNE", "SRB", "MNE", "SRB")),
                Arguments.of("hyphen at the end of a line", "Norway, Guinea-\nBissau, Sweden", List.of("NOR", "GNB", "SWE")),
                Arguments.of("on behalf of, without a comma", "Canada on behalf of Australia and New Zealand",
                        List.of("CAN", "AUS", "NZL")),
                Arguments.of("on behalf of, in parentheses", "Mexico (also on behalf of Chile and Peru)",
                        List.of("MEX", "CHL", "PER")),
                Arguments.of("names wrapped across lines", "Norway, Papua New\nGuinea, South\nSudan, Equatorial\nGuinea",
                        List.of("NOR", "PNG", "SSD", "GNQ")),
                Arguments.of("World Bank names", "Congo, Dem. Rep.; Korea, Rep.; Egypt, Arab Rep.; Iran, Islamic Rep.",
                        List.of("COD", "KOR", "EGY", "IRN")),
                Arguments.of("CIA names one per line", "Korea, North\nKorea, South\nCongo, Republic of the",
                        List.of("PRK", "KOR", "COG")),
                Arguments.of("as well as inside a piece", "Australia and New Zealand as well as the United Kingdom",
                        List.of("AUS", "NZL", "GBR")),
                Arguments.of("also on behalf of", "The Netherlands, also on behalf of Belgium and Luxembourg",
                        List.of("NLD", "BEL", "LUX")),
                Arguments.of("speaking for a group", "Pakistan on behalf of the OIC, Egypt, Norway, on behalf of the Nordic countries",
                        List.of("PAK", "EGY", "NOR")),
                Arguments.of("a state named beside the count", "Germany on behalf of 18 EU Member States and Norway, Sweden",
                        List.of("DEU", "NOR", "SWE")),
                Arguments.of("a group beside the count", "Finland on behalf of 20 states and the candidate countries, Canada on "
                        + "behalf of 27 member states and the EU", List.of("FIN", "CAN")),
                Arguments.of("states beside the count", "Canada on behalf of 40 countries and the United States\n"
                        + "Norway on behalf of 5 states and the UK", List.of("CAN", "USA", "NOR", "GBR")),
                Arguments.of("spoken for in capitals", "CANADA, ALSO ON BEHALF OF AUSTRALIA AND NEW ZEALAND",
                        List.of("CAN", "AUS", "NZL")),
                Arguments.of("an acronym among those spoken for", "Canada, also on behalf of Australia and the UK",
                        List.of("CAN", "AUS", "GBR")),
                Arguments.of("a group and a state spoken for", "Pakistan on behalf of the OIC and the United States",
                        List.of("PAK", "USA")),
                Arguments.of("introduction with a comma", "On 8 July 2019, 22 States wrote: Australia, Austria",
                        List.of("AUS", "AUT")),
                Arguments.of("signed by", "Signed by Australia, Austria and Belgium.", List.of("AUS", "AUT", "BEL")),
                Arguments.of("a subheading and a date", "Members: Chile, Peru\nObserver States:\nHoly See, 29 October 2019",
                        List.of("CHL", "PER", "VAT")),
                Arguments.of("misspelt states only", "Finnland, Norwy, Swedden", List.of("FIN", "NOR", "SWE")));
    }

    @Test
    void speakersAndCountsAsStatementsPrintThem() {
        assertThat(SignatoryListParser.parse("Statement by Germany on behalf of 39 countries: Albania; Austria").onBehalfOf())
                .isEqualTo(new ParsedList.OnBehalfOf("Germany", 39, false));
        assertThat(SignatoryListParser.parse("Delivered by Ambassador Simon Manley of the United Kingdom on behalf of 23 countries:"
                + " Albania").onBehalfOf()).isEqualTo(new ParsedList.OnBehalfOf("the United Kingdom", 23, false));
        assertThat(SignatoryListParser.parse("Canada on behalf of a cross-regional group of 44 countries: Albania").onBehalfOf())
                .isEqualTo(new ParsedList.OnBehalfOf("Canada", 44, false));
        assertThat(SignatoryListParser.parse("Canada, on behalf of 3 countries\nAlbania").onBehalfOf())
                .isEqualTo(new ParsedList.OnBehalfOf("Canada", 3, false));
    }

    @Test
    void markersBeforeAndStayWithTheirNames() {
        var list = resolve("Switzerland\u00b2 and Liechtenstein\u00b2, Andorra** and Austria\u2020");

        assertThat(list.items()).extracting(ResolvedItem::text, ResolvedItem::marker).containsExactly(
                tuple("Switzerland", "\u00b2"), tuple("Liechtenstein", "\u00b2"), tuple("Andorra", "**"),
                tuple("Austria", "\u2020"));
    }

    private ResolvedList resolve(String text) {
        return resolver.resolve(SignatoryListParser.parse(text), ActorKind.STATE);
    }
}
